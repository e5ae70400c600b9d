package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a Graph call answers: status, headers and an optional JSON body. */
record GraphResponse(int status, Map<String, String> headers, JsonNode body) {

    static GraphResponse of(int status, JsonNode body) {
        return new GraphResponse(status, new LinkedHashMap<>(), body);
    }

    static GraphResponse ok(JsonNode body) {
        return of(200, body);
    }

    static GraphResponse created(JsonNode body) {
        return of(201, body);
    }

    static GraphResponse noContent() {
        return of(204, null);
    }

    GraphResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new GraphResponse(status, copy, body);
    }
}
