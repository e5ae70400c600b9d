package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Collections and single entities in Graph's response shape: $filter, $select, $top and paging. */
final class ODataList {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 999;

    private ODataList() {
    }

    /**
     * Answers a collection. {@code defaultFields} is what Graph returns without $select (null = every
     * field); {@code entitySet} names the set in @odata.context, e.g. "users".
     */
    static GraphResponse page(GraphRequest req, Collection<ObjectNode> items, String entitySet,
            List<String> defaultFields) {
        Predicate<JsonNode> filter = req.queryOption("$filter") == null ? n -> true
                : ODataFilter.parse(req.queryOption("$filter"));
        List<ObjectNode> matching = items.stream().filter(filter).toList();
        int top = top(req);
        int skip = skip(req);
        List<String> select = select(req);
        ArrayNode value = Json.array();
        for (ObjectNode item : matching.subList(Math.min(skip, matching.size()), Math.min(skip
                + top, matching.size()))) {
            value.add(project(item, select != null ? select : defaultFields));
        }
        ObjectNode body = Json.object();
        body.put("@odata.context", req.baseUrl + "/$metadata#" + entitySet + (select == null ? ""
                : "(" + String.join(",", select) + ")"));
        if (skip + top < matching.size()) {
            body.put("@odata.nextLink", nextLink(req, skip + top));
        }
        body.set("value", value);
        return GraphResponse.ok(body);
    }

    static GraphResponse entity(GraphRequest req, ObjectNode item, String entitySet, List<String> defaultFields) {
        return GraphResponse.ok(entityBody(req, item, entitySet, defaultFields));
    }

    static ObjectNode entityBody(GraphRequest req, ObjectNode item, String entitySet, List<String> defaultFields) {
        List<String> select = select(req);
        ObjectNode body = Json.object();
        // With $select Graph names the fields in the context: $metadata#users(displayName,id)/$entity.
        body.put("@odata.context", req.baseUrl + "/$metadata#" + entitySet + (select == null ? ""
                : "(" + String.join(",", select) + ")") + "/$entity");
        body.setAll(project(item, select != null ? select : defaultFields));
        return body;
    }

    /**
     * The item with only {@code fields} (null = all); a selected field the item lacks comes back as null.
     * Fields starting with "_" are the demo tenant's own bookkeeping and never leave it.
     */
    static ObjectNode project(ObjectNode item, List<String> fields) {
        if (fields == null) {
            ObjectNode all = item.deepCopy();
            all.remove(hidden(item));
            return all;
        }
        ObjectNode out = Json.object();
        if (item.has("@odata.type")) {
            out.set("@odata.type", item.get("@odata.type"));
        }
        for (String f : fields) {
            String key = keyOf(item, f);
            if (key == null) {
                out.putNull(f);
            } else {
                out.set(key, item.get(key).deepCopy());
            }
        }
        return out;
    }

    private static List<String> hidden(ObjectNode item) {
        List<String> names = new java.util.ArrayList<>();
        item.fieldNames().forEachRemaining(n -> {
            if (n.startsWith("_")) {
                names.add(n);
            }
        });
        return names;
    }

    private static String keyOf(ObjectNode item, String name) {
        if (name.startsWith("_")) {
            return null;
        }
        if (item.has(name)) {
            return name;
        }
        var names = item.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    private static List<String> select(GraphRequest req) {
        String select = req.queryOption("$select");
        if (select == null || select.isBlank()) {
            return null;
        }
        return Arrays.stream(select.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int top(GraphRequest req) {
        String top = req.queryOption("$top");
        if (top == null) {
            return DEFAULT_PAGE;
        }
        try {
            int n = Integer.parseInt(top.strip());
            if (n < 1 || n > MAX_PAGE) {
                throw GraphError.badRequest("Invalid page size specified: '" + n + "'. Must be between 1 and "
                        + MAX_PAGE + " inclusive.");
            }
            return n;
        } catch (NumberFormatException e) {
            throw GraphError.badRequest("Invalid $top value '" + top + "'.");
        }
    }

    private static int skip(GraphRequest req) {
        String token = req.queryOption("$skiptoken");
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!decoded.startsWith("skip:")) {
                throw new IllegalArgumentException(decoded);
            }
            return Integer.parseInt(decoded.substring(5));
        } catch (IllegalArgumentException e) {
            throw GraphError.badRequest("Invalid skip token '" + token + "'.");
        }
    }

    private static String nextLink(GraphRequest req, int skip) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(("skip:" + skip)
                .getBytes(StandardCharsets.UTF_8));
        String others = req.query.entrySet().stream()
                .filter(e -> !e.getKey().equals("$skiptoken"))
                .map(ODataList::param)
                .collect(Collectors.joining("&"));
        return req.baseUrl + "/" + req.path + "?" + (others.isEmpty() ? "" : others + "&") + "$skiptoken=" + token;
    }

    private static String param(Map.Entry<String, String> e) {
        return e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
