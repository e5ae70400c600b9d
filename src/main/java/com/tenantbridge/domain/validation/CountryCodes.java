package com.tenantbridge.domain.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Usage locations: ISO 3166-1 alpha-2 codes, which Graph requires before it assigns a licence. */
public final class CountryCodes {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private CountryCodes() {
    }

    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("required (a two-letter ISO 3166 country code such as US or DE)");
        }
        if (CODES.contains(value)) {
            return Optional.empty();
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return Optional.of("write the country code in capitals: " + upper);
        }
        return Optional.of("\u201c" + value + "\u201d is not an ISO 3166 country code (for example US, GB, DE)");
    }
}
