package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The part of OData's $filter that Graph's directory answers and the tool uses: eq, ne, startswith,
 * and, or, not, parentheses, and any() over a collection — e.g. {@code userType eq 'Guest'},
 * {@code startswith(displayName,'Vendor')}, {@code assignedLicenses/any(x:x/skuId eq 7a55…)}.
 * String comparison ignores case, as the directory does.
 */
final class ODataFilter {

    private final List<String> tokens;
    private int pos;

    private ODataFilter(List<String> tokens) {
        this.tokens = tokens;
    }

    static Predicate<JsonNode> parse(String filter) {
        ODataFilter parser = new ODataFilter(tokenize(filter));
        Predicate<JsonNode> predicate = parser.or(null);
        if (parser.pos != parser.tokens.size()) {
            throw GraphError.unsupportedQuery("unexpected '" + parser.tokens.get(parser.pos) + "' in $filter");
        }
        return predicate;
    }

    /**
     * The filter's tokens, read by hand: a regular expression for a string literal ({@code '(?:[^']|'')*'})
     * recurses once per character in Java, and a literal of a few thousand characters overflowed the worker's stack.
     */
    private static List<String> tokenize(String filter) {
        List<String> tokens = new ArrayList<>();
        int n = filter.length();
        int i = 0;
        while (i < n) {
            char c = filter.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '\'') {
                i = endOfString(filter, i);
            } else if (isGuidAt(filter, i)) {
                i += 36;
            } else if (Character.isDigit(c) || c == '-' && i + 1 < n && Character.isDigit(filter.charAt(i + 1))) {
                i = endOfNumber(filter, i + 1);
            } else if (isAsciiLetter(c) || c == '_' || c == '@' || c == '$') {
                i++;
                while (i < n && (isAsciiLetter(filter.charAt(i)) || isAsciiDigit(filter.charAt(i))
                        || "_@$.".indexOf(filter.charAt(i)) >= 0)) {
                    i++;
                }
            } else if ("()/:,".indexOf(c) >= 0) {
                i++;
            } else {
                throw GraphError.unsupportedQuery("cannot read $filter at '" + excerpt(filter, i) + "'");
            }
            tokens.add(filter.substring(start, i));
        }
        return tokens;
    }

    /** Past the closing quote of the string literal opening at {@code at}; a doubled quote is part of it. */
    private static int endOfString(String filter, int at) {
        int i = at + 1;
        while (i < filter.length()) {
            if (filter.charAt(i) == '\'') {
                if (i + 1 < filter.length() && filter.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw GraphError.unsupportedQuery("cannot read $filter at '" + excerpt(filter, at) + "': the string has no"
                + " closing quote");
    }

    private static int endOfNumber(String filter, int from) {
        int i = from;
        while (i < filter.length() && isAsciiDigit(filter.charAt(i))) {
            i++;
        }
        if (i + 1 < filter.length() && filter.charAt(i) == '.' && isAsciiDigit(filter.charAt(i + 1))) {
            i++;
            while (i < filter.length() && isAsciiDigit(filter.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** 8-4-4-4-12 hexadecimal digits, as a GUID literal is written. */
    private static boolean isGuidAt(String s, int at) {
        if (at + 36 > s.length()) {
            return false;
        }
        for (int k = 0; k < 36; k++) {
            char c = s.charAt(at + k);
            boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Where reading stopped, shortened: the message must not echo a 100,000-character filter. */
    private static String excerpt(String filter, int at) {
        String rest = filter.substring(at).strip();
        return rest.length() <= 40 ? rest : rest.substring(0, 40) + "\u2026";
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw GraphError.unsupportedQuery("$filter ends too early");
        }
        return tokens.get(pos++);
    }

    private void expect(String token) {
        String got = next();
        if (!got.equalsIgnoreCase(token)) {
            throw GraphError.unsupportedQuery("expected '" + token + "' but found '" + got + "' in $filter");
        }
    }

    private boolean accept(String keyword) {
        if (keyword.equalsIgnoreCase(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    /** {@code lambda} is the any() variable in scope, or null. */
    /** Terms of an or (or an and) are kept in a list, so a long chain is tested in a loop, not a deep stack. */
    private Predicate<JsonNode> or(String lambda) {
        List<Predicate<JsonNode>> terms = new ArrayList<>(List.of(and(lambda)));
        while (accept("or")) {
            terms.add(and(lambda));
        }
        return terms.size() == 1 ? terms.get(0) : n -> terms.stream().anyMatch(t -> t.test(n));
    }

    private Predicate<JsonNode> and(String lambda) {
        List<Predicate<JsonNode>> terms = new ArrayList<>(List.of(unary(lambda)));
        while (accept("and")) {
            terms.add(unary(lambda));
        }
        return terms.size() == 1 ? terms.get(0) : n -> terms.stream().allMatch(t -> t.test(n));
    }

    /**
     * How deep not and parentheses may nest. Graph documents no figure; a server that stays up all day answers a
     * 3,000-deep filter with 400 rather than overflowing its stack on it.
     */
    static final int MAX_DEPTH = 64;
    private int depth;

    private Predicate<JsonNode> unary(String lambda) {
        if ("not".equalsIgnoreCase(peek()) || "(".equals(peek())) {
            if (++depth > MAX_DEPTH) {
                throw GraphError.unsupportedQuery("$filter nests not and parentheses deeper than " + MAX_DEPTH);
            }
            try {
                if (accept("not")) {
                    return unary(lambda).negate();
                }
                expect("(");
                Predicate<JsonNode> inner = or(lambda);
                expect(")");
                return inner;
            } finally {
                depth--;
            }
        }
        String first = next();
        String lower = first.toLowerCase(Locale.ROOT);
        if ((lower.equals("startswith") || lower.equals("endswith")) && "(".equals(peek())) {
            expect("(");
            List<String> path = path(lambda);
            expect(",");
            String literal = literalText(next());
            expect(")");
            boolean starts = lower.equals("startswith");
            return n -> {
                JsonNode v = resolve(n, path);
                if (v == null || !v.isValueNode()) {
                    return false;
                }
                String s = v.asText().toLowerCase(Locale.ROOT);
                String l = literal.toLowerCase(Locale.ROOT);
                return starts ? s.startsWith(l) : s.endsWith(l);
            };
        }
        pos--;
        List<String> path = path(lambda);
        if ("/".equals(peek())) {
            expect("/");
            String fn = next();
            if (!fn.equalsIgnoreCase("any")) {
                throw GraphError.unsupportedQuery("'" + fn + "' is not supported in $filter");
            }
            expect("(");
            String variable = next();
            expect(":");
            Predicate<JsonNode> inner = or(variable);
            expect(")");
            return n -> {
                JsonNode collection = resolve(n, path);
                if (collection == null || !collection.isArray()) {
                    return false;
                }
                for (JsonNode element : collection) {
                    if (inner.test(element)) {
                        return true;
                    }
                }
                return false;
            };
        }
        String op = next().toLowerCase(Locale.ROOT);
        String literal = next();
        return comparison(path, op, literal);
    }

    /** A property path; inside any(), a path starting with the lambda variable is relative to the element. */
    private List<String> path(String lambda) {
        List<String> parts = new ArrayList<>();
        String first = next();
        if (!Character.isLetter(first.charAt(0)) && first.charAt(0) != '_' && first.charAt(0) != '@') {
            throw GraphError.unsupportedQuery("expected a property name but found '" + first + "'");
        }
        if (lambda == null || !first.equals(lambda)) {
            parts.add(first);
        }
        while ("/".equals(peek()) && pos + 1 < tokens.size() && !tokens.get(pos + 1).equalsIgnoreCase("any")) {
            pos++;
            parts.add(next());
        }
        return parts;
    }

    private static JsonNode resolve(JsonNode node, List<String> path) {
        JsonNode cur = node;
        for (String p : path) {
            if (cur == null || !cur.isObject()) {
                return null;
            }
            cur = Json.field(cur, p);
        }
        return cur;
    }

    private Predicate<JsonNode> comparison(List<String> path, String op, String literal) {
        if (!op.equals("eq") && !op.equals("ne")) {
            throw GraphError.unsupportedQuery("operator '" + op + "' is not supported in $filter");
        }
        boolean isNull = literal.equalsIgnoreCase("null");
        String value = isNull ? null : literalText(literal);
        Predicate<JsonNode> eq = n -> {
            JsonNode v = resolve(n, path);
            if (isNull) {
                return v == null || v.isNull();
            }
            return v != null && !v.isNull() && v.isValueNode() && v.asText().equalsIgnoreCase(value);
        };
        return op.equals("eq") ? eq : eq.negate();
    }

    private static String literalText(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
            return token.toLowerCase(Locale.ROOT);
        }
        if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '-' || token.matches("[0-9a-fA-F-]{36}")) {
            return token;
        }
        throw GraphError.unsupportedQuery("'" + token + "' is not a literal");
    }
}
