package com.tenantbridge.domain.validation;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** DNS domain names as Microsoft 365 accepts them for tenants and federation: ASCII, no trailing dot. */
public final class DomainNames {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TLD = Pattern.compile("(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

    /** Consumer mail domains: people there have no tenant a federation or guest policy can point at. */
    private static final Set<String> CONSUMER = Set.of(
            "outlook.com", "hotmail.com", "live.com", "msn.com", "passport.com", "gmail.com", "googlemail.com",
            "yahoo.com", "icloud.com", "me.com", "aol.com", "gmx.com", "gmx.de", "web.de", "proton.me",
            "protonmail.com", "mail.com", "yandex.com");

    private DomainNames() {
    }

    /** Why {@code value} is not a usable domain name, or empty if it is one. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("required");
        }
        if (!value.equals(value.strip())) {
            return Optional.of("remove the spaces around \u201c" + value.strip() + "\u201d");
        }
        if (value.endsWith(".")) {
            return Optional.of("ends with a dot; write \u201c" + value.replaceAll("\\.+$", "") + "\u201d");
        }
        if (!value.chars().allMatch(c -> c < 128)) {
            return Optional.of("contains non-ASCII characters; use the punycode form \u201c" + punycode(value)
                    + "\u201d");
        }
        if (value.length() > 253) {
            return Optional.of("longer than 253 characters");
        }
        String[] labels = value.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("not a domain name (expected something like contoso.com)");
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of("has an empty label (two dots in a row)");
            }
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("\u201c" + label + "\u201d is not a valid label (letters, digits and inner"
                        + " hyphens, at most 63 characters)");
            }
        }
        if (!TLD.matcher(labels[labels.length - 1]).matches()) {
            return Optional.of("\u201c" + labels[labels.length - 1] + "\u201d is not a top-level domain");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    public static boolean isConsumer(String domain) {
        return domain != null && CONSUMER.contains(domain.toLowerCase(Locale.ROOT));
    }

    public static boolean sameDomain(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static String punycode(String value) {
        try {
            return IDN.toASCII(value.replaceAll("\\.+$", ""), IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return "xn--\u2026";
        }
    }
}
