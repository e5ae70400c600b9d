package com.tenantbridge.service.port;

import java.util.List;
import java.util.UUID;

/**
 * A user as the engine needs it: who it is, where it is licensed, and whether it is a guest. {@code createdDateTime}
 * (null when unknown) lets rollback and resume tell when an account was made; {@code creationTag} (null when none)
 * proves which run sent it (CreationTag).
 */
public record DirectoryUser(String id, String userPrincipalName, String displayName, String mail, String userType,
        String usageLocation, boolean accountEnabled, String department, String companyName, String externalUserState,
        List<UUID> licenses, java.time.Instant createdDateTime, String creationTag) {

    public DirectoryUser {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    /** A user read without a creation tag. */
    public DirectoryUser(String id, String userPrincipalName, String displayName, String mail, String userType,
            String usageLocation, boolean accountEnabled, String department, String companyName,
            String externalUserState, List<UUID> licenses, java.time.Instant createdDateTime) {
        this(id, userPrincipalName, displayName, mail, userType, usageLocation, accountEnabled, department, companyName,
                externalUserState, licenses, createdDateTime, null);
    }

    public boolean isGuest() {
        return "Guest".equalsIgnoreCase(userType);
    }

    public boolean hasMailbox() {
        return mail != null && !mail.isBlank() && !isGuest();
    }
}
