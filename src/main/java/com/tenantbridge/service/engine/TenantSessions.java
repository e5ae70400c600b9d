package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.RequiredAccess;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reaching the tenants a command names: the demo tenant, or Microsoft 365 tenants signed in to. The composition
 * root implements it; the CLI asks for sessions here and never builds an adapter.
 */
public interface TenantSessions {

    /**
     * Connects to {@code tenants} ("demo", "demo@URL", or Microsoft 365 tenant names) asking for {@code access}
     * (null: the demo tenant with every permission; Microsoft 365 refuses it); {@code messages} gets sign-in
     * instructions (a device code) and may be null when nothing can sign in.
     */
    Session open(List<String> tenants, RequiredAccess access, Consumer<String> messages) throws IOException;

    /** The tenants reached, until closed. */
    interface Session extends AutoCloseable {

        TenantConnections connections();

        /**
         * The anonymous-join organizer's own sign-in to the host tenant when {@code asked}, so the meeting is made
         * on the organizer's calendar; a different account than the plan's organizer is said and handed over.
         */
        void signInOrganizer(DeploymentPlan plan, boolean asked, Consumer<String> messages);

        @Override
        void close();
    }
}
