package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency shapes a JSON batch may take. Graph's "Combine multiple requests in one HTTP request using JSON
 * batching" (https://learn.microsoft.com/graph/json-batching) and its known issues say a batch's dependsOn must
 * be fully sequential or fully parallel; Microsoft's JavaScript SDK (microsoftgraph/msgraph-sdk-javascript,
 * src/content/BatchRequestContent.ts, validateDependencies) accepts exactly three shapes: parallel (no request
 * depends on another), serial (each on the one before it) and same (every other request on the first). Anything
 * else, e.g. two create-then-license chains in one batch, is refused here as Graph refuses it.
 */
final class BatchShapes {

    static final String REFUSED = "Batch should be either fully sequential or fully parallel: dependsOn may name"
            + " no request (parallel), the request just before (sequential), or the first request for all (same).";

    private BatchShapes() {
    }

    /** Whether the requests, in their order, form one of the three shapes. */
    static boolean allowed(JsonNode requests) {
        List<String> ids = new ArrayList<>();
        List<List<String>> deps = new ArrayList<>();
        for (JsonNode r : requests) {
            ids.add(r.path("id").asText());
            List<String> d = new ArrayList<>();
            r.path("dependsOn").forEach(x -> d.add(x.asText()));
            deps.add(d);
        }
        return parallel(deps) || serial(ids, deps) || same(ids, deps);
    }

    private static boolean parallel(List<List<String>> deps) {
        return deps.stream().allMatch(List::isEmpty);
    }

    private static boolean serial(List<String> ids, List<List<String>> deps) {
        if (!deps.get(0).isEmpty()) {
            return false;
        }
        for (int i = 1; i < ids.size(); i++) {
            if (!deps.get(i).equals(List.of(ids.get(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(List<String> ids, List<List<String>> deps) {
        if (!deps.get(0).isEmpty()) {
            return false;
        }
        for (int i = 1; i < ids.size(); i++) {
            if (!deps.get(i).equals(List.of(ids.get(0)))) {
                return false;
            }
        }
        return true;
    }
}
