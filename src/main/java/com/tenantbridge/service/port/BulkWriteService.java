package com.tenantbridge.service.port;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;

/**
 * Many directory writes in one round trip: a JSON batch of at most {@link #MAX_STEPS} steps, each answered on
 * its own (a step may be throttled, or fail, while the batch succeeds). A step may depend on an earlier step of
 * the same batch only in the shapes Graph documents (none; each on the one before; all on the first); if the one
 * it depends on fails it is answered 424 and not run. The engine sends independent steps, all parallel.
 */
public interface BulkWriteService {

    /** Graph's limit on the requests of one JSON batch. */
    int MAX_STEPS = 20;

    /** Graph's limit on the members one PATCH of a group may add (group-post-members: "up to 20"). */
    int MAX_MEMBERS = 20;

    sealed interface Op permits CreateUser, AssignLicence, AddMembers, DeleteUser {
    }

    record CreateUser(NewUser user) implements Op {
    }

    /** By user principal name, so it can follow a CreateUser of the same batch. */
    record AssignLicence(String userPrincipalName, UUID skuId) implements Op {
    }

    /** Up to {@link #MAX_MEMBERS} users into one group in one write: PATCH with members@odata.bind. */
    record AddMembers(String groupId, List<String> userIds) implements Op {
        public AddMembers {
            userIds = List.copyOf(userIds);
            if (userIds.isEmpty() || userIds.size() > MAX_MEMBERS) {
                throw new IllegalArgumentException("one PATCH adds 1 to " + MAX_MEMBERS + " members");
            }
        }
    }

    /** For a rollback: the account goes, and with it its licences and memberships. */
    record DeleteUser(String userId) implements Op {
    }

    record Step(String id, Op op, List<String> dependsOn) {
        public Step {
            dependsOn = List.copyOf(dependsOn);
        }
    }

    /**
     * How one step went. {@code userId} is set for a created user; {@code retryAfterSeconds} for a throttled
     * step (429, 503); {@code message} is the service's own words when it failed.
     */
    record Result(String id, int status, String userId, long retryAfterSeconds, String message) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean throttled() {
            return status == 429 || status == 503 || status == 504;
        }
    }

    /**
     * Sends the steps as one batch, holding a permit of {@code wire} only while the request is out: building a
     * batch and reading its answer cost CPU, which then overlaps other batches' round trips instead of adding
     * to them. Throws only when the batch itself fails.
     */
    List<Result> send(List<Step> steps, Semaphore wire) throws InterruptedException;

    default List<Result> send(List<Step> steps) {
        try {
            return send(steps, new Semaphore(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException(0, "", "interrupted while sending a batch", e);
        }
    }
}
