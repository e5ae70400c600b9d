package com.tenantbridge.ui;

import com.tenantbridge.ui.shell.RecentPlans;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A throw-away preferences node per test, so tests never touch the user's recent plans. */
public final class TestPrefs {
    private static final String ROOT = "tenantbridge-test";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(Preferences.userRoot().node(ROOT))));
    }

    private TestPrefs() {
    }

    public static Preferences fresh() {
        return Preferences.userRoot().node(ROOT + "/" + UUID.randomUUID());
    }

    public static RecentPlans recentPlans() {
        return new RecentPlans(fresh());
    }

    public static void remove(Preferences prefs) {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
