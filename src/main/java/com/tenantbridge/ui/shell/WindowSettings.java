package com.tenantbridge.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * The theme and the window's size and place, kept in the user's preferences between runs. A remembered place
 * is only used when it is still on a screen (a laptop away from its second monitor).
 */
public final class WindowSettings {

    /** Where the window was, and whether it was maximised. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences prefs;

    /**
     * The first window's size: 1280×780 where the screen's work area (without task bar or dock) has room, else
     * the work area itself, so a 1366×768 or 1280×720 laptop shows the whole window; the panes scroll below that.
     * Never narrower than 1280 where the screen has it: the steps are built and tested at that width.
     */
    public static Bounds firstSize(Rectangle2D workArea) {
        double width = Math.min(workArea.getWidth(), 1280);
        double height = Math.min(780, workArea.getHeight());
        return new Bounds(workArea.getMinX() + (workArea.getWidth() - width) / 2,
                workArea.getMinY() + (workArea.getHeight() - height) / 2, width, height, false);
    }

    public WindowSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public Theme theme() {
        try {
            return Theme.valueOf(prefs.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void saveTheme(Theme theme) {
        prefs.put("theme", theme.name());
    }

    public void saveBounds(Bounds b) {
        prefs.putDouble("window.x", b.x());
        prefs.putDouble("window.y", b.y());
        prefs.putDouble("window.width", b.width());
        prefs.putDouble("window.height", b.height());
        prefs.putBoolean("window.maximized", b.maximized());
    }

    /** The saved bounds if at least a usable part of the window (its title bar) lies on one of {@code screens}. */
    public Optional<Bounds> bounds(List<Rectangle2D> screens) {
        double w = prefs.getDouble("window.width", -1);
        double h = prefs.getDouble("window.height", -1);
        if (w < 400 || h < 300) {
            return Optional.empty();
        }
        Bounds b = new Bounds(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w, h,
                prefs.getBoolean("window.maximized", false));
        Rectangle2D titleBar = new Rectangle2D(b.x() + 40, b.y(), Math.max(1, Math.min(200, w - 80)), 30);
        return screens.stream().anyMatch(s -> s.intersects(titleBar)) ? Optional.of(b) : Optional.empty();
    }
}
