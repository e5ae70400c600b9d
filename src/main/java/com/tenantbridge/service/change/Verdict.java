package com.tenantbridge.service.change;

/** Why an undo must not go ahead: the object is not provably the run's, was changed since, or is gone. */
public record Verdict(Result result, String message) {

    public enum Result {
        /** Not provably what the run made: never touched. */
        REFUSED,
        /** Changed by someone since the run: left as is. */
        LEFT,
        /** Gone, or not readable. */
        FAILED
    }

    public static Verdict refuse(String message) {
        return new Verdict(Result.REFUSED, message);
    }

    public static Verdict left(String message) {
        return new Verdict(Result.LEFT, message + " \u2014 left as is");
    }

    public static Verdict fail(String message) {
        return new Verdict(Result.FAILED, message);
    }
}
