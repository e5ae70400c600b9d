package com.tenantbridge.service.change;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reading a change's parameters and its plan-time before/after values into a kind's typed values. */
final class Values {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The note a change gets when an interrupted run had done it and the resumed run found it in place. */
    static final String FOUND_IN_PLACE = "found in place when the run resumed: the interrupted run had done it";

    private Values() {
    }

    /** A plan-time value (the change's before or after) as the kind's type; null stays null. */
    static <T> T convert(Map<String, Object> value, Class<T> type) {
        return value == null ? null : JSON.convertValue(value, type);
    }

    static List<String> split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
