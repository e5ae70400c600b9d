package com.tenantbridge.ui.details;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** How the forms turn typed text into plan values and back. */
final class Texts {
    private Texts() {
    }

    static String show(String value) {
        return value == null ? "" : value;
    }

    /** Blank is "not set"; surrounding spaces are never meant. */
    static String value(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A list typed as "a.com, b.com" (commas, semicolons, spaces or new lines between items). */
    static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    static String join(List<String> values) {
        return String.join(", ", values.stream().map(v -> Objects.toString(v, "")).toList());
    }
}
