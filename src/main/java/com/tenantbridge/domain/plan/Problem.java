package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One thing wrong with a plan, named by its field path in the plan file,
 * e.g. {@code vendors.accounts[3].contactEmail: not an email address}. {@code intent} marks a well-formed plan
 * that would not give people the reach its scenario is for (a support segment without members): the file is
 * fine, what it sets up would not work.
 */
public record Problem(Severity severity, String path, String message,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean intent) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public Problem(Severity severity, String path, String message) {
        this(severity, path, message, false);
    }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message);
    }

    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message);
    }

    /** The plan would not reach whom its scenario must: an error, told apart so a check can still read the tenant. */
    public static Problem intent(String path, String message) {
        return new Problem(Severity.ERROR, path, message, true);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(plan)" : path) + ": " + message;
    }
}
