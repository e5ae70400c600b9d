package com.tenantbridge.domain.reach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who can reach whom: every ordered pair of parties with a cell per channel. Pairs of one human's accounts
 * are left out. {@link #compare} sets a "before" matrix against this one to show what a plan changes.
 */
public record Matrix(List<Party> parties, List<Row> rows) {

    public record Row(Party from, Party to, Map<Channel, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        public Cell cell(Channel c) {
            return cells.get(c);
        }

        /** YES when every channel works, NO when none does, else the mix. */
        public Verdict overall() {
            boolean all = cells.values().stream().allMatch(x -> x.verdict() == Verdict.YES);
            boolean none = cells.values().stream().allMatch(x -> x.verdict() == Verdict.NO);
            boolean unknown = cells.values().stream().anyMatch(x -> x.verdict() == Verdict.UNKNOWN);
            return all ? Verdict.YES : none ? Verdict.NO : unknown ? Verdict.UNKNOWN : Verdict.LIMITED;
        }
    }

    /** One pair and channel whose verdict a plan changes. */
    public record Difference(Party from, Party to, Channel channel, Cell before, Cell after) {
    }

    public Matrix {
        parties = List.copyOf(parties);
        rows = List.copyOf(rows);
    }

    public static Matrix of(World w) {
        List<Row> rows = new ArrayList<>();
        for (Party a : w.parties()) {
            for (Party b : w.parties()) {
                if (a == b || (a.person() != null && a.person().equalsIgnoreCase(b.person()))) {
                    continue;
                }
                rows.add(new Row(a, b, Reachability.between(w, a, b)));
            }
        }
        return new Matrix(w.parties(), rows);
    }

    public java.util.Optional<Row> row(String fromId, String toId) {
        return rows.stream().filter(r -> r.from().id().equals(fromId) && r.to().id().equals(toId)).findFirst();
    }

    /** Every pair and channel whose verdict differs from {@code before} (pairs are matched by party id). */
    public List<Difference> compare(Matrix before) {
        Map<String, Row> old = new LinkedHashMap<>();
        before.rows().forEach(r -> old.put(r.from().id() + "\u0000" + r.to().id(), r));
        List<Difference> out = new ArrayList<>();
        for (Row r : rows) {
            Row o = old.get(r.from().id() + "\u0000" + r.to().id());
            for (Channel c : Channel.values()) {
                Cell was = o == null ? null : o.cell(c);
                if (was == null || was.verdict() != r.cell(c).verdict()) {
                    out.add(new Difference(r.from(), r.to(), c, was, r.cell(c)));
                }
            }
        }
        return out;
    }
}
