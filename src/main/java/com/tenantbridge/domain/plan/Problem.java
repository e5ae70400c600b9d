package com.tenantbridge.domain.plan;

import java.util.Objects;

/**
 * One thing wrong with a plan, named by its field path in the plan file,
 * e.g. {@code vendors.accounts[3].contactEmail: not an email address}.
 */
public record Problem(Severity severity, String path, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message);
    }

    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(plan)" : path) + ": " + message;
    }
}
