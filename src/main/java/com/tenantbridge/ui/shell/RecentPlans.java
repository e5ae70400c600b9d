package com.tenantbridge.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened or saved plan files, kept in the user's preferences. */
public final class RecentPlans {

    static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final ObservableList<Path> items = FXCollections.observableArrayList();

    public RecentPlans(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get(KEY + i, null);
            if (value != null) {
                items.add(Path.of(value));
            }
        }
    }

    /** The preferences node for this user; tests pass -Dtenantbridge.prefs.node to keep theirs apart. */
    public static RecentPlans forUser() {
        String node = System.getProperty("tenantbridge.prefs.node", "tenantbridge");
        return new RecentPlans(Preferences.userRoot().node(node));
    }

    public ObservableList<Path> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    public void add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(items);
        next.remove(normal);
        next.add(0, normal);
        store(next.subList(0, Math.min(MAX, next.size())));
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(items);
        next.remove(file.toAbsolutePath().normalize());
        store(next);
    }

    private void store(List<Path> next) {
        List<Path> copy = List.copyOf(next);
        items.setAll(copy);
        for (int i = 0; i < MAX; i++) {
            if (i < copy.size()) {
                prefs.put(KEY + i, copy.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // The list still works for this session; it is a convenience, not data.
        }
    }
}
