package com.tenantbridge.cli;

import picocli.CommandLine;

/** The version Maven filtered into version.properties at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        return com.tenantbridge.service.ToolVersion.get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"TenantBridge " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
