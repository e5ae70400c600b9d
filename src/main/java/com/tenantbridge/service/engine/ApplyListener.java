package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
/** Hears about a run as it goes; called on the worker thread. */
public interface ApplyListener {

    ApplyListener NONE = new ApplyListener() {
    };

    default void started(Change change, int index, int total) {
    }

    default void finished(ChangeOutcome outcome, int index, int total) {
    }
}
