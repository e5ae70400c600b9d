package com.tenantbridge.cli;

import com.tenantbridge.Launcher;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A demo tenant in memory for each test, and the CLI run against it keeping what the last command printed. */
final class DemoCli implements BeforeEachCallback, AfterEachCallback {

    DemoTenantServer server;
    /** The --tenant value that reaches the demo tenant. */
    String tenant;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

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
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
