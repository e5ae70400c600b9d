package com.tenantbridge.domain.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses of people outside the tenant (vendor contacts, guests, meeting attendees). */
public final class EmailAddresses {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");

    private EmailAddresses() {
    }

    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("required");
        }
        if (!value.equals(value.strip())) {
            return Optional.of("remove the spaces around \u201c" + value.strip() + "\u201d");
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.indexOf('@') != at) {
            return Optional.of("not an email address (expected name@domain)");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.length() > 64 || value.length() > 254) {
            return Optional.of("not an email address (too long)");
        }
        if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".")
                || local.contains("..")) {
            return Optional.of("not an email address (\u201c" + local + "\u201d is not a valid name part)");
        }
        return DomainNames.problem(domain).map(p -> "not an email address: domain " + p);
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The domain part in lower case; call only on a valid address. */
    public static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
