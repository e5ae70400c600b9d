package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes plan files (JSON with a {@code schemaVersion}). Reading never throws on bad input:
 * it returns every problem it can find, each with its field path, so the admin fixes them all at once.
 * Works on strings; the callers own the files.
 */
public final class PlanJson {

    /** A plan file is a few kilobytes; anything past this is not a plan. */
    public static final int MAX_CHARS = 5 * 1024 * 1024;
    private static final int MAX_NESTING = 64;
    private static final int MAX_TYPE_ERRORS = 100;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // A number or true/false where text belongs is a mistake in the file, not a name.
            .withCoercionConfig(com.fasterxml.jackson.databind.type.LogicalType.Textual, c -> c
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail))
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Two values for one field: which one a reader keeps is up to the reader, so the file is refused.
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(64 * 1024)
                .build());
    }

    private PlanJson() {
    }

    public static String write(DeploymentPlan plan) {
        try {
            return MAPPER.writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan always serialises", e);
        }
    }

    /** Reads and validates a plan. */
    public static PlanLoadResult read(String json) {
        List<Problem> problems = new ArrayList<>();
        DeploymentPlan plan = parse(json, problems);
        List<Problem> planProblems = new ArrayList<>();
        if (plan != null) {
            List<String> unreadable = problems.stream().map(Problem::path).toList();
            for (Problem p : PlanValidator.validate(plan)) {
                if (unreadable.stream().noneMatch(u -> isWithin(p.path(), u))) {
                    planProblems.add(p);
                }
            }
        }
        return new PlanLoadResult(plan, problems, planProblems);
    }

    private static DeploymentPlan parse(String json, List<Problem> problems) {
        if (json == null || json.isBlank()) {
            problems.add(Problem.error("", "the file is empty; a plan is a JSON object"));
            return null;
        }
        if (json.length() > MAX_CHARS) {
            problems.add(Problem.error("", "the file holds " + json.length() / (1024 * 1024)
                    + " million characters; a plan is at most " + MAX_CHARS / (1024 * 1024) + " MB"));
            return null;
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(Problem.error("", "not valid JSON" + location(e) + ": " + e.getOriginalMessage()));
            return null;
        }
        if (!(tree instanceof ObjectNode root)) {
            problems.add(Problem.error("", "a plan is a JSON object, not " + describe(tree)));
            return null;
        }
        if (!schemaVersionReadable(root, problems)) {
            return null;
        }
        PlanText.check(root, problems);
        return bind(root, problems);
    }

    private static boolean schemaVersionReadable(ObjectNode root, List<Problem> problems) {
        JsonNode version = root.get("schemaVersion");
        if (version == null || version.isNull()) {
            problems.add(Problem.error("schemaVersion", "missing; this TenantBridge writes schemaVersion "
                    + DeploymentPlan.SCHEMA_VERSION));
            return false;
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            problems.add(Problem.error("schemaVersion", "expected a whole number, found " + describe(version)));
            return false;
        }
        int v = version.intValue();
        if (v > DeploymentPlan.SCHEMA_VERSION) {
            problems.add(Problem.error("schemaVersion", v + " is newer than this TenantBridge reads (up to "
                    + DeploymentPlan.SCHEMA_VERSION + "); open the plan with a newer TenantBridge"));
            return false;
        }
        if (v < 1) {
            problems.add(Problem.error("schemaVersion", v + " is not a schema version (versions start at 1)"));
            return false;
        }
        return true;
    }

    /**
     * Binds the tree, collecting soft problems through the handler. A hard type error stops Jackson, so
     * the offending node is recorded, cut out of the tree, and binding starts again: that way one bad
     * field does not hide the others.
     */
    private static DeploymentPlan bind(ObjectNode root, List<Problem> problems) {
        List<Problem> hard = new ArrayList<>();
        for (int attempt = 0; attempt < MAX_TYPE_ERRORS; attempt++) {
            CollectingHandler handler = new CollectingHandler();
            try {
                DeploymentPlan plan = MAPPER.reader().withHandler(handler)
                        .forType(DeploymentPlan.class).readValue(root);
                problems.addAll(hard);
                problems.addAll(handler.problems);
                problems.sort(Comparator.comparing(Problem::path));
                return plan;
            } catch (JsonMappingException e) {
                String path = JsonPaths.of(e.getPath());
                hard.add(Problem.error(path, typeMessage(e)));
                if (!cut(root, e.getPath())) {
                    break;
                }
            } catch (IOException e) {
                hard.add(Problem.error("", "could not be read: " + e.getMessage()));
                break;
            }
        }
        problems.addAll(hard);
        return null;
    }

    private static boolean cut(ObjectNode root, List<JsonMappingException.Reference> refs) {
        if (refs.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (int i = 0; i < refs.size() - 1; i++) {
            JsonMappingException.Reference r = refs.get(i);
            parent = r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = refs.get(refs.size() - 1);
        if (parent instanceof ObjectNode obj && last.getFieldName() != null && obj.has(last.getFieldName())) {
            obj.remove(last.getFieldName());
            return true;
        }
        if (parent instanceof ArrayNode arr && last.getIndex() >= 0 && last.getIndex() < arr.size()) {
            // Keep the element's place so later indexes still match the file.
            arr.set(last.getIndex(), JsonNodeFactory.instance.objectNode());
            return !(arr.get(last.getIndex()) == null);
        }
        return false;
    }

    private static boolean isWithin(String path, String prefix) {
        return !prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + ".")
                || path.startsWith(prefix + "["));
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String typeMessage(JsonMappingException e) {
        String msg = e.getOriginalMessage();
        if (msg != null && msg.startsWith("Cannot coerce")) {
            return "wrong type: " + msg.replaceAll(" \\(but could if.*$", "")
                    .replace("Cannot coerce ", "found ").replaceAll("for type `[^`]*`", "");
        }
        return "wrong type: " + (msg == null ? e.getClass().getSimpleName() : msg.replaceAll("\\n.*", ""));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isTextual()) {
            return "the text \u201c" + node.asText() + "\u201d";
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return "the number " + node.asText();
    }

    /** Turns Jackson's recoverable complaints into problems with field paths and carries on. */
    private static final class CollectingHandler extends DeserializationProblemHandler {
        final List<Problem> problems = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            String parent = path(p);
            String path = parent.endsWith(propertyName) ? parent : JsonPaths.child(parent, propertyName);
            Collection<Object> known = deserializer.getKnownPropertyNames();
            String hint = closest(propertyName, known).map(k -> "; did you mean \u201c" + k + "\u201d?")
                    .orElse(known.isEmpty() ? "" : "; known fields: " + known.stream().map(Object::toString)
                            .sorted().collect(Collectors.joining(", ")));
            problems.add(Problem.error(path, "unknown field" + hint));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            problems.add(Problem.error(path(ctxt.getParser()), weirdString(targetType, value)));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                String failureMsg) {
            problems.add(Problem.error(path(ctxt.getParser()), "the number " + value + " is not "
                    + expected(targetType)));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) throws IOException {
            problems.add(Problem.error(path(p), "expected " + expected(targetType.getRawClass()) + ", found "
                    + token(t)));
            p.skipChildren();
            return null;
        }

        private static String path(JsonParser p) {
            JsonStreamContext context = p.getParsingContext();
            if ((p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY)
                    && context.getParent() != null) {
                context = context.getParent();
            }
            return JsonPaths.of(context);
        }
    }

    private static String weirdString(Class<?> target, String value) {
        if (target.isEnum()) {
            return "\u201c" + value + "\u201d is not one of: " + String.join(", ", enumNames(target));
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "\u201c" + value + "\u201d is not a date and time (expected e.g. 2026-12-01T09:00:00)";
        }
        return "\u201c" + value + "\u201d is not " + expected(target);
    }

    /** The names an enum takes in plan files, honouring {@code @JsonProperty}. */
    public static List<String> enumNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> {
            String name = ((Enum<?>) c).name();
            try {
                JsonProperty json = enumType.getField(name).getAnnotation(JsonProperty.class);
                return json == null ? name : json.value();
            } catch (NoSuchFieldException e) {
                return name;
            }
        }).toList();
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type.isEnum()) {
            return "one of: " + String.join(", ", enumNames(type));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2026-12-01T09:00:00";
        }
        return "an object";
    }

    private static String token(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name().toLowerCase(Locale.ROOT) : t.asString();
        };
    }

    static Optional<String> closest(String name, Collection<Object> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object k : known) {
            String candidate = k.toString();
            int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
