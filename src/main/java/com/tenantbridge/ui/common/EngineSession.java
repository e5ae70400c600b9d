package com.tenantbridge.ui.common;

import com.tenantbridge.service.engine.TenantConnections;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the steps share about this session: the tenants Connect reached. Checks, Plan, Run and Report use
 * them; a plan change does not reset them.
 */
public final class EngineSession {

    private final ObjectProperty<TenantConnections> connections = new SimpleObjectProperty<>(this, "connections");
    private final ObjectProperty<java.nio.file.Path> journal = new SimpleObjectProperty<>(this, "journal");
    private final ObjectProperty<com.tenantbridge.service.engine.ApplyResult> lastRun =
            new SimpleObjectProperty<>(this, "lastRun");

    private final ObjectProperty<com.tenantbridge.service.reach.ReachWorlds.BeforeAfter> reach =
            new SimpleObjectProperty<>(this, "reach");

    private final ObjectProperty<java.util.List<com.tenantbridge.service.check.CheckResult>> checks =
            new SimpleObjectProperty<>(this, "checks");

    /** The prerequisite checks as the Checks step last ran them, for the rollout report. */
    public ObjectProperty<java.util.List<com.tenantbridge.service.check.CheckResult>> checksProperty() {
        return checks;
    }

    /** Who reaches whom before and after the plan, as Plan last compared them; for Report. */
    public ObjectProperty<com.tenantbridge.service.reach.ReachWorlds.BeforeAfter> reachProperty() {
        return reach;
    }

    /** What the last run in this session did, for Report. */
    public ObjectProperty<com.tenantbridge.service.engine.ApplyResult> lastRunProperty() {
        return lastRun;
    }

    /** The journal of the last run, for Report's rollback. */
    public ObjectProperty<java.nio.file.Path> journalProperty() {
        return journal;
    }

    private volatile String runPlanId;

    /** The run just started belongs to the plan with this id; Report shows and rolls back only that plan's run. */
    public void recordRun(String planId, java.nio.file.Path journalFile) {
        runPlanId = planId;
        journal.set(journalFile);
        lastRun.set(null);
    }

    /** The journal of the last run if it is a run of {@code planId}; null for any other plan. */
    public java.nio.file.Path journalOf(String planId) {
        return planId != null && planId.equals(runPlanId) ? journal.get() : null;
    }

    /** What the last run did, if it is a run of {@code planId}; null for any other plan. */
    public com.tenantbridge.service.engine.ApplyResult lastRunOf(String planId) {
        return planId != null && planId.equals(runPlanId) ? lastRun.get() : null;
    }

    public ObjectProperty<TenantConnections> connectionsProperty() {
        return connections;
    }

    public TenantConnections connections() {
        return connections.get();
    }

    private final SessionSignIn signIn;

    /** A session that reaches only the demo tenant (tests). */
    public EngineSession() {
        this(SessionSignIn.none());
    }

    /** {@code signIn}: the session's Microsoft 365 sign-in; a wider one replaces the session's connections. */
    public EngineSession(SessionSignIn signIn) {
        this.signIn = signIn;
        signIn.widenedProperty().addListener((obs, old, now) -> connections.set(now.signedIn().connections()));
    }

    /** The session's Microsoft 365 sign-in: Connect signs in through it, later steps widen it. */
    public SessionSignIn signIn() {
        return signIn;
    }

    /**
     * The connections to use for something needing {@code access}: {@code current}, or those of a wider sign-in
     * when the one made at Connect does not allow it (blocking; off the FX thread). Rollback uses it: undoing can
     * need a permission applying did not.
     */
    public TenantConnections connectionsFor(com.tenantbridge.domain.scenario.RequiredAccess access,
            TenantConnections current, java.util.function.Consumer<String> progress) {
        TenantConnections wider = signIn.widen(access, current, progress);
        return wider == null ? current : wider;
    }
}
