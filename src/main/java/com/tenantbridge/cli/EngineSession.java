package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.engine.TenantSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/** The tenants one command reaches from its --tenant options, through the sessions the launcher wired. */
final class EngineSession implements AutoCloseable {

    private final TenantSessions.Session session;

    private EngineSession(TenantSessions.Session session) {
        this.session = session;
    }

    /**
     * {@code plan} decides which permissions a Microsoft 365 sign-in asks for; {@code err} gets the device-code
     * instructions.
     */
    static EngineSession open(CommandSpec spec, List<String> tenants, DeploymentPlan plan, PrintWriter err)
            throws IOException {
        return open(spec, tenants, plan == null ? null : plan.requiredAccess(), err);
    }

    static EngineSession open(CommandSpec spec, List<String> tenants, RequiredAccess access, PrintWriter err)
            throws IOException {
        if (tenants.isEmpty()) {
            return new EngineSession(NO_TENANT);
        }
        return new EngineSession(Cli.adapters(spec).sessions().open(tenants, access, err == null ? null
                : lines(err)));
    }

    TenantConnections connections() {
        return session.connections();
    }

    void signInOrganizer(DeploymentPlan plan, boolean asked, PrintWriter err) {
        session.signInOrganizer(plan, asked, lines(err));
    }

    @Override
    public void close() {
        session.close();
    }

    /** Each message on its own line, at once: a device code must not wait in a buffer. */
    private static Consumer<String> lines(PrintWriter err) {
        return message -> {
            err.println(message);
            err.flush();
        };
    }

    /** No tenant at all: everything is planned as desired state, for runbooks. */
    private static final TenantSessions.Session NO_TENANT = new TenantSessions.Session() {
        @Override
        public TenantConnections connections() {
            return TenantConnections.none();
        }

        @Override
        public void signInOrganizer(DeploymentPlan plan, boolean asked, Consumer<String> messages) {
        }

        @Override
        public void close() {
        }
    };
}
