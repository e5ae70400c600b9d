package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a value an admin path is given, refusing what is not one: text where a number goes, a fraction where a
 * whole number goes, or a number out of range (Jackson would silently keep the old value or wrap it).
 */
final class AdminValues {

    private AdminValues() {
    }

    /** {@code current} when the field is absent; otherwise a whole number from {@code min} to {@code max}. */
    static long whole(JsonNode body, String field, long current, long min, long max) {
        JsonNode v = body.get(field);
        if (v == null) {
            return current;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw new IllegalArgumentException(field + " must be a whole number from " + min + " to " + max
                    + "; got " + v);
        }
        return v.asLong();
    }

    /** {@code current} when the field is absent; otherwise a number from {@code min} to {@code max}. */
    static double number(JsonNode body, String field, double current, double min, double max) {
        JsonNode v = body.get(field);
        if (v == null) {
            return current;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max || Double.isNaN(v.asDouble())) {
            throw new IllegalArgumentException(field + " must be a number from " + min + " to " + max + "; got " + v);
        }
        return v.asDouble();
    }
}
