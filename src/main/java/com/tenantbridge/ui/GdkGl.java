package com.tenantbridge.ui;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GTK probes OpenGL when it opens the display. Where there is no GPU driver (virtual machines, remote desktops,
 * Xvfb) that loads Mesa's software renderer: about 45 MB resident and a few hundred milliseconds, for nothing,
 * because JavaFX draws through its own pipeline and never uses GTK's GL. {@code GDK_GL=disable} turns the probe
 * off. It is set only while JavaFX opens the display, so that programs started later through the native
 * environment (the browser for sign-in) do not inherit it; a GDK_GL the user set is left alone.
 */
final class GdkGl {

    private static final Logger LOG = LoggerFactory.getLogger(GdkGl.class);

    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        int unsetenv(String name);
    }

    private static LibC libc;

    private GdkGl() {
    }

    static synchronized void disableWhileStarting() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                || System.getenv("GDK_GL") != null || Boolean.getBoolean("tenantbridge.gdkGl")) {
            return;
        }
        try {
            LibC c = Native.load("c", LibC.class);
            if (c.setenv("GDK_GL", "disable", 0) == 0) {
                libc = c;
            }
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("GDK_GL left as it is: {}", e.toString());
        }
    }

    /** After the toolkit has started: GTK has read the variable by then. */
    static synchronized void restore() {
        if (libc != null) {
            libc.unsetenv("GDK_GL");
            libc = null;
        }
    }
}
