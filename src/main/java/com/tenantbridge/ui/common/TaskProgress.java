package com.tenantbridge.ui.common;

/** What background work tells its task while it runs, from its own thread; the task shows it on the FX thread. */
public interface TaskProgress {

    /** A line for the admin: what the work does or waits for now. */
    void message(String message);

    /** How far the work is; a negative {@code total} means not known. */
    void progress(long done, long total);

    /** True once the admin asked to cancel: the work stops at its next safe point. */
    boolean cancelled();
}
