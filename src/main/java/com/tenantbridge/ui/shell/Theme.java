package com.tenantbridge.ui.shell;

/** The AtlantaFX themes the app offers. */
public enum Theme {
    LIGHT, DARK
}
