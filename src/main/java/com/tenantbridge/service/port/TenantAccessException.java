package com.tenantbridge.service.port;

/**
 * A tenant could not be reached or signed in to at all (its name not found, nothing answering, the sign-in
 * refused or cancelled): nothing was read or changed there. The message is one line a person can act on.
 */
public class TenantAccessException extends PortException {

    public TenantAccessException(String message, Throwable cause) {
        super(0, "TenantAccess", message, cause);
    }
}
