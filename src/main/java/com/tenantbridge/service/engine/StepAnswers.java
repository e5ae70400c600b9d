package com.tenantbridge.service.engine;

import com.tenantbridge.service.port.BulkWriteService.Result;

/** What one answer inside a batch means for the request that got it. */
final class StepAnswers {

    enum Verdict {
        /** Carried out. */
        DONE,
        /** Refused because it holds already: an account taken, a member already in the group. */
        EXISTS,
        /** Throttled (429, 503, 504): again after the service's Retry-After. */
        THROTTLED,
        /** Refers to something Microsoft Entra has not replicated yet: again after a growing pause. */
        NOT_YET,
        /** Refused for good, in the service's own words. */
        FAILED
    }

    private StepAnswers() {
    }

    static Verdict of(BulkWork w, Result r) {
        if (r == null) {
            return Verdict.FAILED;
        }
        if (r.ok()) {
            return Verdict.DONE;
        }
        if (r.throttled()) {
            return Verdict.THROTTLED;
        }
        String message = r.message() == null ? "" : r.message();
        return switch (w.kind()) {
            // user-post-users: a taken userPrincipalName is 400 "… already exists …".
            case CREATE -> r.status() == 400 && message.contains("already exists") ? Verdict.EXISTS : Verdict.FAILED;
            // A licence right after its account: 404 until the account has replicated (https://learn.microsoft.com/graph/best-practices-concept, eventual consistency).
            case LICENCE -> r.status() == 404 ? Verdict.NOT_YET : Verdict.FAILED;
            // group-post-members: "One or more added object references already exist …" when someone is in; "The
            // source resource object or one of the objects being referenced do not exist." right after a create.
            case MEMBERS -> {
                if (r.status() == 400 && message.contains("already exist")) {
                    yield Verdict.EXISTS;
                }
                yield r.status() == 404 || (r.status() == 400 && message.contains("do not exist"))
                        ? Verdict.NOT_YET : Verdict.FAILED;
            }
        };
    }

    static String message(Result r) {
        return r == null ? "no answer for this request in the batch" : r.message();
    }
}
