package com.tenantbridge.service.reach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.tenantbridge.domain.reach.Cell;
import com.tenantbridge.domain.reach.Channel;
import com.tenantbridge.domain.reach.Matrix;
import com.tenantbridge.domain.reach.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The matrix flattened to one line per pair and channel, with the verdict before and after the plan: what the
 * CLI prints, the CSV export and the report are made of.
 */
public final class ReachTable {

    public record Line(String from, String to, Channel channel, Verdict before, Verdict after, String reason) {
        public boolean changed() {
            return before != null && before != after;
        }
    }

    private static final CsvMapper CSV = new CsvMapper();

    private ReachTable() {
    }

    /** {@code before} may be null (the tenant was not read): then no line is "changed". */
    public static List<Line> lines(Matrix after, Matrix before) {
        Map<String, Matrix.Row> old = new LinkedHashMap<>();
        if (before != null) {
            before.rows().forEach(r -> old.put(r.from().id() + "\u0000" + r.to().id(), r));
        }
        List<Line> out = new ArrayList<>();
        for (Matrix.Row r : after.rows()) {
            Matrix.Row o = old.get(r.from().id() + "\u0000" + r.to().id());
            for (Channel c : Channel.values()) {
                Cell now = r.cell(c);
                Verdict was = before == null ? null : o == null ? Verdict.NO : o.cell(c).verdict();
                out.add(new Line(r.from().label(), r.to().label(), c, was, now.verdict(), now.reason()));
            }
        }
        return out;
    }

    public static String csv(List<Line> lines) {
        CsvSchema schema = CsvSchema.builder().addColumn("from").addColumn("to").addColumn("channel")
                .addColumn("before").addColumn("after").addColumn("changed").addColumn("reason").build().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Line l : lines) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("from", neutral(l.from()));
            row.put("to", neutral(l.to()));
            row.put("channel", l.channel().label());
            row.put("before", l.before() == null ? "" : word(l.before()));
            row.put("after", word(l.after()));
            row.put("changed", l.changed() ? "yes" : "");
            row.put("reason", neutral(l.reason()));
            rows.add(row);
        }
        try {
            return CSV.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a table of strings always writes", e);
        }
    }

    /** One pair and what its channels come to, channels that agree sharing a part. */
    public record Pair(String from, String to, List<String> parts, boolean changed) {
    }

    public static List<Pair> pairs(List<Line> lines) {
        int perPair = Channel.values().length;
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i + perPair <= lines.size(); i += perPair) {
            List<Line> pair = lines.subList(i, i + perPair);
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (Line l : pair) {
                String key = word(l.after()) + (l.changed() ? " (was " + word(l.before()) + ")" : "") + " \u2014 "
                        + l.reason();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(l.channel().label());
            }
            List<String> parts = new ArrayList<>();
            groups.forEach((key, channels) -> parts.add((channels.size() == perPair ? "all" : String.join(", ",
                    channels)) + ": " + key));
            out.add(new Pair(pair.get(0).from(), pair.get(0).to(), parts, pair.stream().anyMatch(Line::changed)));
        }
        return out;
    }

    public static String word(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    /** Spreadsheets run cells that start with = + - @ as formulas; names come from a plan anyone may write. */
    static String neutral(String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
