package com.tenantbridge.service.port;

/**
 * A port call the tenant refused or could not answer. The message is for people: it carries the service's
 * own words (e.g. Graph's error message) and never a secret.
 */
public class PortException extends RuntimeException {

    private final int status;
    private final String code;

    public PortException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public PortException(String message) {
        this(0, "", message, null);
    }

    /** The HTTP status the service answered, or 0 when there was none. */
    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
