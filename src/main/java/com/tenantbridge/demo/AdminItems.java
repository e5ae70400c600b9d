package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tenantbridge.demo.AdminApi.Kind;
import java.util.List;
import java.util.Map;

/** The admin paths' lists of named objects (Teams policies, barrier segments) and the checks on their bodies. */
final class AdminItems {

    private AdminItems() {
    }

    /** A list of objects named by {@code key}: GET all, POST new, and GET/PATCH/PUT/DELETE one by name. */
    static GraphResponse named(String method, TenantState t, ArrayNode items, String key, Map<String, Kind> shape,
            List<String> s, JsonNode body) {
        if (s.size() == 1) {
            if (method.equals("GET")) {
                ObjectNode list = Json.object();
                list.set("value", items.deepCopy());
                return GraphResponse.ok(list);
            }
            requireMethod(method, "POST");
            ObjectNode item = object(body);
            check(item, shape, s.get(0));
            String name = item.path(key).asText("");
            if (name.isBlank()) {
                throw GraphError.badRequest(key + " is required.");
            }
            if (find(items, key, name) >= 0) {
                throw new GraphError(409, "Conflict", "'" + name + "' already exists.");
            }
            items.add(copyOf(item));
            t.markChanged();
            return GraphResponse.created(item.deepCopy());
        }
        String name = s.get(1);
        int index = find(items, key, name);
        if (method.equals("PUT") && index < 0) {
            ObjectNode item = object(body);
            check(item, shape, s.get(0));
            item.put(key, name);
            items.add(copyOf(item));
            t.markChanged();
            return GraphResponse.created(item.deepCopy());
        }
        if (index < 0) {
            throw new GraphError(404, "NotFound", "No " + s.get(0) + " entry named '" + name + "'.");
        }
        ObjectNode item = (ObjectNode) items.get(index);
        switch (method) {
            case "GET" -> {
                return GraphResponse.ok(item.deepCopy());
            }
            case "PATCH", "PUT" -> {
                ObjectNode patch = object(body);
                check(patch, shape, s.get(0));
                patch.remove(key);
                if (method.equals("PUT")) {
                    item.removeAll();
                    item.put(key, name);
                }
                item.setAll(copyOf(patch));
                t.markChanged();
                return GraphResponse.ok(item.deepCopy());
            }
            case "DELETE" -> {
                items.remove(index);
                t.markChanged();
                return GraphResponse.noContent();
            }
            default -> throw GraphError.methodNotAllowed(method);
        }
    }

    static int find(ArrayNode items, String key, String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).path(key).asText().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Refuses unknown fields and wrong types before anything changes. */
    static void check(ObjectNode body, Map<String, Kind> shape, String what) {
        body.fields().forEachRemaining(e -> {
            Kind kind = shape.get(e.getKey());
            if (kind == null) {
                throw GraphError.badRequest("'" + e.getKey() + "' is not a setting of " + what + "; known: "
                        + String.join(", ", new java.util.TreeSet<>(shape.keySet())) + ".");
            }
            JsonNode v = e.getValue();
            boolean ok = switch (kind) {
                case TEXT -> v.isTextual();
                case BOOLEAN -> v.isBoolean();
                case DOMAINS -> isDomainList(v);
                case DOMAINS_OR_ALL -> isDomainList(v) || "AllowAllKnownDomains".equals(v.asText(null));
                case TRIAL_TENANTS -> "Allowed".equals(v.asText(null)) || "Blocked".equals(v.asText(null));
                case AUTO_ADMITTED -> AdminApi.AUTO_ADMITTED.contains(v.asText(""));
                case TEXT_LIST -> v.isArray() && java.util.stream.StreamSupport.stream(v.spliterator(), false)
                        .allMatch(JsonNode::isTextual);
                case POLICY_STATE -> "Active".equals(v.asText(null)) || "Inactive".equals(v.asText(null));
            };
            if (!ok) {
                throw GraphError.badRequest("'" + v + "' is not a valid value for " + e.getKey() + ".");
            }
        });
    }

    static boolean isDomainList(JsonNode v) {
        if (!v.isArray()) {
            return false;
        }
        for (JsonNode d : v) {
            if (!d.isTextual() || !Addresses.isDomain(d.asText())) {
                return false;
            }
        }
        return true;
    }

    static ObjectNode copyOf(ObjectNode item) {
        return item.deepCopy();
    }

    static ObjectNode object(JsonNode body) {
        if (body instanceof ObjectNode o) {
            return o;
        }
        throw GraphError.badRequest("A JSON object is expected.");
    }

    static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw GraphError.methodNotAllowed(method);
        }
    }
}
