package com.tenantbridge.demo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes Graph itself accepts for addresses, written for the demo tenant from Microsoft's reference pages and
 * not shared with the app, so the two cannot agree by construction: a country code for
 * {@code usageLocation} ("A two-letter country code (ISO standard 3166)",
 * https://learn.microsoft.com/graph/api/resources/user), an SMTP address for invitations and attendees
 * (https://learn.microsoft.com/graph/api/resources/invitation, .../resources/emailaddress), a DNS domain name for
 * the Teams allowed and blocked domains (Set-CsTenantFederationConfiguration).
 */
final class Addresses {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** One @, no spaces, a dotted domain: what Exchange and Entra take as an SMTP address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>()\\[\\],;:]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,63}");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private Addresses() {
    }

    static boolean isCountry(String code) {
        return code != null && code.length() == 2 && COUNTRIES.contains(code.toUpperCase(Locale.ROOT));
    }

    static boolean isEmail(String address) {
        return address != null && address.length() <= 320 && EMAIL.matcher(address).matches();
    }

    static boolean isDomain(String name) {
        return name != null && DOMAIN.matcher(name).matches();
    }

    /** The part after the last @; empty when there is none. */
    static String domainOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
