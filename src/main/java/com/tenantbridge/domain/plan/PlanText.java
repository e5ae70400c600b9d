package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tenantbridge.domain.recommend.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a plan's JSON tree for text that reads one way and means another, before it is bound: a lone UTF-16
 * surrogate (not text at all; Graph would refuse or mangle it), and invisible or direction-changing characters
 * (bidi overrides, zero-width characters) that make a name look like another in Teams, the directory and the
 * report. Also names an unknown question under {@code answers} as an unknown field, as everywhere else.
 */
final class PlanText {

    /** Free text where right-to-left marks can be legitimate (an invitation message in Arabic or Hebrew). */
    private static final Set<String> FREE_TEXT = Set.of("message", "subject");

    private PlanText() {
    }

    static void check(ObjectNode root, List<Problem> problems) {
        walk(root, "", problems);
        if (root.get("answers") instanceof ObjectNode answers) {
            List<String> known = PlanJson.enumNames(Question.class);
            for (String key : new ArrayList<>(iterable(answers))) {
                if (!known.contains(key)) {
                    problems.add(Problem.error("answers." + key, "unknown field; known fields: "
                            + String.join(", ", known.stream().sorted().toList())));
                    answers.remove(key);
                }
            }
        }
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void walk(JsonNode node, String path, List<Problem> problems) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                String key = e.getKey();
                String where = path.isEmpty() ? key : path + "." + key;
                String keyProblem = problem(key, false);
                if (keyProblem != null) {
                    problems.add(Problem.error(where, "the field name " + keyProblem));
                }
                walk(e.getValue(), where, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isTextual()) {
            String last = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            String p = problem(node.asText(), FREE_TEXT.contains(last));
            if (p != null) {
                problems.add(Problem.error(path, p));
            }
        }
    }

    /** What is wrong with {@code text}, or null. */
    static String problem(String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return String.format("holds a lone UTF-16 surrogate (\\u%04X at character %d): not text", (int) c,
                        i + 1);
            }
            if (invisible(c) && !(freeText && (c == '\u200E' || c == '\u200F'))) {
                return String.format("holds an invisible or direction-changing character (U+%04X at character %d)"
                        + " that would make it read as something else; remove it", (int) c, i + 1);
            }
        }
        return null;
    }

    /** Bidi embeddings, overrides and isolates; zero-width space, joiners, marks; word joiner; byte order mark. */
    private static boolean invisible(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c >= '\u200B' && c <= '\u200F'
                || c == '\u2060' || c == '\uFEFF' || c == '\u061C';
    }
}
