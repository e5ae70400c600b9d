package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers group memberships until a PATCH's worth is ready: a membership is ready once its account's id is known
 * (it existed, or this run created it). A group's members go twenty to a request; the last few go as soon as
 * nobody else is still expected for that group. Nothing goes before the groups themselves have been looked up.
 */
final class MembershipGate {

    /** Ready memberships of one group, with the account id each adds. */
    record Chunk(String group, List<Change> memberships, List<String> userIds) {
    }

    private final int size;
    private final Map<String, List<Change>> expectedByUpn = new HashMap<>();
    private final Map<String, Integer> expectedByGroup = new HashMap<>();
    private final Map<String, List<Change>> readyByGroup = new LinkedHashMap<>();
    private final Map<String, List<String>> idsByGroup = new LinkedHashMap<>();
    private boolean open;

    MembershipGate(int size) {
        this.size = size;
    }

    /** A membership of an account this run creates: it waits for that account. */
    synchronized void expect(Change m) {
        expectedByUpn.computeIfAbsent(key(m.param("upn")), k -> new ArrayList<>()).add(m);
        expectedByGroup.merge(key(m.param("group")), 1, Integer::sum);
    }

    /** A membership whose account id is known. */
    synchronized List<Chunk> ready(Change m, String userId) {
        add(m, userId);
        return chunks();
    }

    /** The account now exists with this id: its memberships are ready. */
    synchronized List<Chunk> created(String upn, String userId) {
        take(upn).forEach(m -> add(m, userId));
        return chunks();
    }

    private void add(Change m, String userId) {
        String group = key(m.param("group"));
        readyByGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(m);
        idsByGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(userId);
    }

    /** The account will not exist: its memberships are handed back (to be skipped), and the rest may go. */
    synchronized List<Change> notCreated(String upn) {
        return take(upn);
    }

    /** After this, chunks go out: the groups' ids are known. */
    synchronized List<Chunk> open() {
        open = true;
        return chunks();
    }

    synchronized List<Chunk> due() {
        return chunks();
    }

    /** Everything still held (on cancel). */
    synchronized List<Change> drain() {
        List<Change> rest = new ArrayList<>();
        expectedByUpn.values().forEach(rest::addAll);
        readyByGroup.values().forEach(rest::addAll);
        expectedByUpn.clear();
        expectedByGroup.clear();
        readyByGroup.clear();
        idsByGroup.clear();
        return rest;
    }

    private List<Change> take(String upn) {
        List<Change> waiting = expectedByUpn.remove(key(upn));
        if (waiting == null) {
            return List.of();
        }
        waiting.forEach(m -> expectedByGroup.merge(key(m.param("group")), -1, Integer::sum));
        return waiting;
    }

    private List<Chunk> chunks() {
        List<Chunk> out = new ArrayList<>();
        if (!open) {
            return out;
        }
        for (Map.Entry<String, List<Change>> e : readyByGroup.entrySet()) {
            List<Change> ready = e.getValue();
            List<String> ids = idsByGroup.get(e.getKey());
            boolean last = expectedByGroup.getOrDefault(e.getKey(), 0) <= 0;
            while (ready.size() >= size || (last && !ready.isEmpty())) {
                int n = Math.min(size, ready.size());
                out.add(new Chunk(ready.get(0).param("group"), List.copyOf(ready.subList(0, n)),
                        List.copyOf(ids.subList(0, n))));
                ready.subList(0, n).clear();
                ids.subList(0, n).clear();
            }
        }
        return out;
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
