package com.tenantbridge.service.credentials;

/**
 * The handout could not be written (disk full, file gone, no permission). A run stops at once on it: an account
 * created after this point would have no password anywhere.
 */
public final class HandoutWriteException extends RuntimeException {

    public HandoutWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
