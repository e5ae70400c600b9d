package com.tenantbridge.service.port;

/** The object exists already (e.g. a user principal name is taken). */
public class ConflictException extends PortException {
    public ConflictException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
