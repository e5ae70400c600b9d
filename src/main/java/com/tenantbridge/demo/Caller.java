package com.tenantbridge.demo;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a demo token says is calling: {@code demo:<domain>} is the tenant's admin with every permission (for curl and
 * presenters); {@code demo:<userPrincipalName>;scp=<scope>,<scope>} is a delegated token for that user with exactly
 * those scopes, as Microsoft Entra issues one.
 */
record Caller(String userPrincipalName, Set<String> scopes) {

    static Caller admin() {
        return new Caller(null, null);
    }

    static Caller delegated(String userPrincipalName, Set<String> scopes) {
        return new Caller(userPrincipalName, scopes.stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** A tenant-admin token: every permission, every calendar. */
    boolean isAdmin() {
        return scopes == null;
    }

    /** Whether one of {@code anyOf} was granted (the least privileged one, or a higher one). */
    boolean hasAny(java.util.List<String> anyOf) {
        return isAdmin() || anyOf.stream().anyMatch(s -> scopes.contains(s.toLowerCase(Locale.ROOT)));
    }
}
