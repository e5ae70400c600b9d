package com.tenantbridge.domain.validation;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * User principal names for accounts the tool creates. Microsoft Graph allows only
 * {@code A-Z a-z 0-9 ' . - _ ! # ^ ~} before the @, and the domain must be verified in the tenant.
 */
public final class UserPrincipalNames {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9'._!#^~-]+");
    private static final Pattern FORBIDDEN = Pattern.compile("[^A-Za-z0-9'._!#^~-]");

    private UserPrincipalNames() {
    }

    /**
     * Why {@code value} cannot be a UPN in a tenant whose domains are {@code tenantDomains}. With no
     * tenant domains known (the host's own domain is missing or invalid) only the form is checked, so
     * the one root cause is reported rather than every account after it.
     */
    public static Optional<String> problem(String value, Collection<String> tenantDomains) {
        if (value == null || value.isBlank()) {
            return Optional.of("required");
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.indexOf('@') != at) {
            return Optional.of("not a user principal name (expected name@tenant-domain)");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (!LOCAL.matcher(local).matches()) {
            var bad = FORBIDDEN.matcher(local);
            String shown = bad.find() ? bad.group() : "?";
            return Optional.of("\u201c" + shown + "\u201d is not allowed in a user principal name (only letters,"
                    + " digits and ' . - _ ! # ^ ~)");
        }
        if (local.length() > 64) {
            return Optional.of("the part before @ is longer than 64 characters");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("the part before @ cannot start or end with a dot or contain two dots in a row");
        }
        Optional<String> domainProblem = DomainNames.problem(domain);
        if (domainProblem.isPresent()) {
            return Optional.of("domain " + domainProblem.get());
        }
        boolean ours = tenantDomains.stream().anyMatch(d -> DomainNames.sameDomain(d, domain));
        if (!ours && !tenantDomains.isEmpty()) {
            return Optional.of("\u201c" + domain + "\u201d is not a domain of the host tenant ("
                    + String.join(", ", tenantDomains) + ")");
        }
        return Optional.empty();
    }

    /** Graph's mailNickname for a UPN: the part before @. */
    public static String mailNickname(String upn) {
        return upn.substring(0, upn.indexOf('@'));
    }
}
