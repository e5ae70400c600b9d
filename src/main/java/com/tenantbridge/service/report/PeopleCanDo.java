package com.tenantbridge.service.report;

import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import java.util.List;

/**
 * "What people can now do", told only from the reach engine's proof on the tenants as verified (the INTENT
 * results), never from a fixed sentence: what holds, and what does not yet, with the setting that decides it.
 */
public final class PeopleCanDo {

    public static final String INTENT = "INTENT";

    private PeopleCanDo() {
    }

    /** The proof's results among a verification's; empty when there was none. */
    public static List<CheckResult> proof(List<CheckResult> verification) {
        return verification == null ? List.of() : verification.stream().filter(c -> INTENT.equals(c.id())).toList();
    }

    /** One line per claim; a single line saying why there is nothing to tell when not verified. */
    public static List<String> lines(List<CheckResult> verification) {
        List<CheckResult> proof = proof(verification);
        if (verification == null) {
            return List.of("Not verified for this report: what people can do is told once the tenants are read"
                    + " again (verify).");
        }
        if (proof.isEmpty()) {
            return List.of("Nothing proven: the plan names no one who must reach anyone.");
        }
        return proof.stream().map(PeopleCanDo::line).toList();
    }

    private static String line(CheckResult c) {
        String lead = switch (c.status()) {
            case PASS -> "Yes";
            case FAIL -> "Not yet";
            case WARN -> "Also";
            case UNKNOWN -> "Not known";
        };
        return lead + ": " + c.title() + (c.evidence() == null ? "" : " \u2014 " + c.evidence())
                + (c.status() == CheckStatus.FAIL && c.fix() != null ? " " + c.fix() : "");
    }
}
