package com.tenantbridge.service.port;

/** The object does not exist, or replication has not made it visible yet (Graph answers 404 for a while). */
public class NotFoundException extends PortException {
    public NotFoundException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
