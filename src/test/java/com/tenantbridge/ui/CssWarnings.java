package com.tenantbridge.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what JavaFX's CSS engine complains about (an unresolved theme colour, a value of the wrong type): each
 * one is a control drawn without its theme's look. JavaFX logs them to the "javafx.css" logger.
 */
public final class CssWarnings implements AutoCloseable {

    // java.util.logging holds loggers weakly: a logger nobody references may be replaced, handler and all.
    private static final Logger CSS = Logger.getLogger("javafx.css");

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public CssWarnings() {
        CSS.addHandler(handler);
    }

    /** Each distinct warning once. */
    public List<String> distinct() {
        return warnings.stream().distinct().toList();
    }

    @Override
    public void close() {
        CSS.removeHandler(handler);
    }
}
