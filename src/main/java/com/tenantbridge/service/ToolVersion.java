package com.tenantbridge.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, as Maven filtered it into version.properties; journals record it. */
public final class ToolVersion {

    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/com/tenantbridge/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
