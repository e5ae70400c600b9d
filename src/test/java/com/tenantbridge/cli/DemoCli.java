package com.tenantbridge.cli;

import com.tenantbridge.CliRun;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A demo tenant in memory for each test, and the CLI run against it keeping what the last command printed. */
final class DemoCli implements BeforeEachCallback, AfterEachCallback {

    DemoTenantServer server;
    /** The --tenant value that reaches the demo tenant. */
    String tenant;
    private CliRun last = new CliRun(0, "", "");

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        server = DemoTenantServer.start(DemoOptions.inMemory());
        tenant = "demo@" + server.graphBaseUrl();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    int run(String... args) {
        last = CliRun.of(args);
        return last.code();
    }

    String out() {
        return last.out();
    }

    String err() {
        return last.err();
    }
}
