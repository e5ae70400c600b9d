package com.tenantbridge.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cmdlets TenantBridge sends, as Microsoft's reference pages define them (src/test/resources/powershell/
 * cmdlets.json, transcribed by tools/cmdlet-catalogue.py; each entry names its page). A script is checked call by
 * call: the cmdlet is known, every parameter exists (or is a common parameter), one parameter set takes them all
 * and gets its required ones, a switch gets no value, a Boolean gets $true or $false, and a value from a list of
 * accepted values is one of them.
 */
final class CmdletCatalogue {

    /** PowerShell's common parameters, which every cmdlet takes (about_CommonParameters). */
    private static final Set<String> COMMON = Set.of("debug", "erroraction", "errorvariable", "informationaction",
            "informationvariable", "outvariable", "outbuffer", "pipelinevariable", "progressaction", "verbose",
            "warningaction", "warningvariable");
    /** PowerShell's own cmdlets the scripts use to shape output; not part of the catalogue, never flagged. */
    private static final Set<String> CORE = Set.of("import-module", "select-object", "convertto-json",
            "foreach-object", "where-object", "out-null", "out-string", "sort-object", "get-module", "write-output",
            "write-host", "format-list", "read-host");

    private static final JsonNode CMDLETS = load();

    private CmdletCatalogue() {
    }

    private static JsonNode load() {
        try (InputStream in = CmdletCatalogue.class.getResourceAsStream("/powershell/cmdlets.json")) {
            return new ObjectMapper().readTree(in).path("cmdlets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean knows(String cmdlet) {
        return entry(cmdlet) != null;
    }

    static String page(String cmdlet) {
        JsonNode e = entry(cmdlet);
        return e == null ? null : e.path("page").asText();
    }

    private static JsonNode entry(String cmdlet) {
        for (var it = CMDLETS.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (name.equalsIgnoreCase(cmdlet)) {
                return CMDLETS.get(name);
            }
        }
        return null;
    }

    /** Every way the script's calls depart from the reference pages, one line each; empty when none. */
    static List<String> problems(String script) {
        List<String> out = new ArrayList<>();
        for (PsCommands.Invocation call : PsCommands.parse(script)) {
            out.addAll(problems(call));
        }
        return out;
    }

    static List<String> problems(PsCommands.Invocation call) {
        String where = "line " + call.line() + ": " + call.command();
        if (CORE.contains(call.command().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        JsonNode cmdlet = entry(call.command());
        if (cmdlet == null) {
            return List.of(where + " is not in the catalogue of Microsoft's cmdlet pages");
        }
        List<String> out = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        for (PsCommands.Argument a : call.arguments()) {
            if (a.name() == null) {
                if (!positional(cmdlet)) {
                    out.add(where + " has a positional value " + a.value() + " it takes no positional value for");
                }
                continue;
            }
            if (COMMON.contains(a.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String name = parameter(cmdlet, a.name());
            if (name == null) {
                out.add(where + " has no parameter -" + a.name() + " (" + cmdlet.path("page").asText() + ")");
                continue;
            }
            given.add(name);
            out.addAll(value(where, name, cmdlet.path("parameters").path(name), a));
        }
        if (out.isEmpty()) {
            String set = set(cmdlet, given);
            if (set == null) {
                out.add(where + ": no parameter set takes " + String.join(", ", given.stream().map(g -> "-" + g)
                        .toList()) + " with its required parameters (" + cmdlet.path("page").asText() + ")");
            }
        }
        return out;
    }

    private static boolean positional(JsonNode cmdlet) {
        for (JsonNode p : cmdlet.path("parameters")) {
            if (p.has("position")) {
                return true;
            }
        }
        return false;
    }

    private static String parameter(JsonNode cmdlet, String given) {
        for (var it = cmdlet.path("parameters").fields(); it.hasNext();) {
            var p = it.next();
            if (p.getKey().equalsIgnoreCase(given)) {
                return p.getKey();
            }
            for (JsonNode alias : p.getValue().path("aliases")) {
                if (alias.asText().equalsIgnoreCase(given)) {
                    return p.getKey();
                }
            }
        }
        return null;
    }

    private static List<String> value(String where, String name, JsonNode p, PsCommands.Argument a) {
        String type = p.path("type").asText("");
        String v = a.value();
        List<String> out = new ArrayList<>();
        if (type.equals("SwitchParameter")) {
            if (v != null && !a.valueTokens().isEmpty() && !isBool(v)) {
                out.add(where + " -" + name + " is a switch: it takes no value (" + v + ")");
            }
            return out;
        }
        if (v == null) {
            out.add(where + " -" + name + " needs a " + type + " value");
            return out;
        }
        if (type.equals("Boolean") && !isBool(v) && !computed(a)) {
            out.add(where + " -" + name + " takes $true or $false, not " + v);
        }
        if (p.path("accepted").size() > 0 && a.valueTokens().size() == 1 && !computed(a)) {
            String literal = v.replaceAll("^['\"]|['\"]$", "");
            boolean ok = false;
            for (JsonNode accepted : p.path("accepted")) {
                ok |= accepted.asText().equalsIgnoreCase(literal);
            }
            if (!ok) {
                out.add(where + " -" + name + " " + v + " is not one of " + p.path("accepted"));
            }
        }
        return out;
    }

    private static boolean isBool(String v) {
        return v.equalsIgnoreCase("$true") || v.equalsIgnoreCase("$false");
    }

    /** A variable or an expression: its value is only known when the script runs. */
    private static boolean computed(PsCommands.Argument a) {
        PsCommands.Kind k = a.valueTokens().get(0).kind();
        return k == PsCommands.Kind.VARIABLE || k == PsCommands.Kind.OPEN;
    }

    /** The first parameter set that takes every given parameter and gets all it requires; null if none. */
    private static String set(JsonNode cmdlet, Set<String> given) {
        List<String> sets = new ArrayList<>();
        cmdlet.path("sets").forEach(s -> sets.add(s.asText()));
        if (sets.isEmpty()) {
            sets.add("(All)");
        }
        for (String set : sets) {
            boolean fits = true;
            for (String g : given) {
                JsonNode in = cmdlet.path("parameters").path(g).path("sets");
                fits &= in.has(set) || in.has("(All)");
            }
            for (var it = cmdlet.path("parameters").fields(); fits && it.hasNext();) {
                var p = it.next();
                JsonNode in = p.getValue().path("sets");
                boolean required = in.path(set).asBoolean(false) || in.path("(All)").asBoolean(false);
                fits = !required || given.contains(p.getKey());
            }
            if (fits) {
                return set;
            }
        }
        return null;
    }
}
