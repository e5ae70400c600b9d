package com.tenantbridge.domain.reach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who can reach whom by information-barrier segment (and people in no segment): barriers treat every channel
 * alike, so one cell per pair. Empty when the world has no barriers.
 */
public record SegmentMatrix(List<String> segments, Map<String, Map<String, Cell>> cells) {

    public static final String NONE = "(no segment)";

    public SegmentMatrix {
        segments = List.copyOf(segments);
        cells = Map.copyOf(cells);
    }

    public static SegmentMatrix of(World w, List<String> segmentNames) {
        Barriers b = w.barriers();
        if (b == null || segmentNames.isEmpty()) {
            return new SegmentMatrix(List.of(), Map.of());
        }
        List<String> all = new ArrayList<>(segmentNames);
        all.add(NONE);
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (String from : all) {
            Map<String, Cell> row = new LinkedHashMap<>();
            for (String to : all) {
                String f = from.equals(NONE) ? null : from;
                String t = to.equals(NONE) ? null : to;
                if (!b.active()) {
                    row.put(to, Cell.yes("barrier policies not in effect"));
                } else {
                    row.put(to, b.apart(f, t).map(r -> Cell.no("information barrier, " + r))
                            .orElse(Cell.yes("no barrier policy keeps them apart")));
                }
            }
            cells.put(from, Map.copyOf(row));
        }
        return new SegmentMatrix(all, cells);
    }

    public Cell cell(String from, String to) {
        return cells.get(from).get(to);
    }
}
