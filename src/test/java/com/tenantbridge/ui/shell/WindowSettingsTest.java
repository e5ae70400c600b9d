package com.tenantbridge.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.ui.TestPrefs;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowSettingsTest {

    private final WindowSettings settings = new WindowSettings(TestPrefs.fresh());
    private final List<Rectangle2D> laptop = List.of(new Rectangle2D(0, 0, 1920, 1080));

    @Test
    void rememberTheThemeAndFallBackToLight() {
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        settings.saveTheme(Theme.DARK);
        assertThat(settings.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aWindowIsPutBackWhereItWasWhileThatIsOnAScreen() {
        assertThat(settings.bounds(laptop)).isEmpty();
        settings.saveBounds(new WindowSettings.Bounds(100, 80, 1300, 800, false));
        assertThat(settings.bounds(laptop)).contains(new WindowSettings.Bounds(100, 80, 1300, 800, false));
    }

    @Test
    void aWindowLeftOnADisconnectedMonitorOpensAtTheDefaultPlace() {
        settings.saveBounds(new WindowSettings.Bounds(2500, 100, 1200, 800, false));
        assertThat(settings.bounds(laptop)).isEmpty();
        assertThat(settings.bounds(List.of(laptop.get(0), new Rectangle2D(1920, 0, 2560, 1440)))).isPresent();
    }

    @Test
    void aCollapsedWindowIsNotRestored() {
        settings.saveBounds(new WindowSettings.Bounds(10, 10, 120, 40, false));
        assertThat(settings.bounds(laptop)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theFirstWindowFitsTheScreensWorkArea() {
        var laptop = WindowSettings.firstSize(new javafx.geometry.Rectangle2D(0, 0, 1366, 738));
        org.assertj.core.api.Assertions.assertThat(laptop).isEqualTo(new WindowSettings.Bounds(43, 0, 1280, 738,
                false));
        var small = WindowSettings.firstSize(new javafx.geometry.Rectangle2D(0, 32, 1280, 688));
        org.assertj.core.api.Assertions.assertThat(small.height()).isEqualTo(688);
        org.assertj.core.api.Assertions.assertThat(small.width()).as("the whole width of a small screen")
                .isEqualTo(1280);
        org.assertj.core.api.Assertions.assertThat(small.y()).isEqualTo(32);
        var desktop = WindowSettings.firstSize(new javafx.geometry.Rectangle2D(0, 0, 1920, 1040));
        org.assertj.core.api.Assertions.assertThat(desktop).isEqualTo(new WindowSettings.Bounds(320, 130, 1280, 780,
                false));
    }
}
