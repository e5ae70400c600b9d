package com.tenantbridge.ui.common;

import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.engine.SignInService;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.SignInMethod;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The session's Microsoft 365 sign-in, owned by the session: Connect signs in through it, and a later step that
 * needs more than was granted (undoing a run can, the doctor can) asks it to sign in again wider. No step calls
 * another for it. The blocking methods run off the FX thread; what changes reaches the FX thread through {@code fx}.
 */
public final class SessionSignIn {

    /** A second sign-in that now also allows {@code added}. */
    public record Widened(SignInService.SignedIn signedIn, List<String> added) {
    }

    private final SignInService service;
    private final Executor fx;
    private volatile SignInService.SignedIn current;
    private volatile RequiredAccess granted;
    private volatile SignInMethod method = SignInMethod.INTERACTIVE_BROWSER;
    private volatile Consumer<URI> browser = uri -> { };
    private final ReadOnlyObjectWrapper<Widened> widened = new ReadOnlyObjectWrapper<>(this, "widened");
    private final ReadOnlyObjectWrapper<RequiredAccess> lastAsked = new ReadOnlyObjectWrapper<>(this, "lastAsked");

    public SessionSignIn(SignInService service, Executor fx) {
        this.service = service;
        this.fx = fx;
    }

    /** No Microsoft 365 at all: only the demo tenant is reached, which never asks for more. */
    public static SessionSignIn none() {
        return new SessionSignIn(SignInService.none(), Runnable::run);
    }

    /** Signs in asking for {@code access}, and keeps who signed in, how, and what was granted. Blocks. */
    public SignInService.SignedIn signIn(String tenant, SignInMethod how, RequiredAccess access,
            Consumer<String> messages, Consumer<URI> openBrowser) {
        SignInService.SignedIn signedIn = service.signIn(tenant, how, access, messages, openBrowser);
        method = how;
        browser = openBrowser;
        granted = access;
        current = signedIn;
        return signedIn;
    }

    public void signOut() {
        current = null;
        granted = null;
    }

    public String tokenCacheDescription() {
        return service.tokenCacheDescription();
    }

    /** Set, on the FX thread, when a step's need made a wider sign-in. */
    public ReadOnlyObjectProperty<Widened> widenedProperty() {
        return widened.getReadOnlyProperty();
    }

    /** What a step last asked to be allowed, granted already or not; on the FX thread. */
    public ReadOnlyObjectProperty<RequiredAccess> lastAskedProperty() {
        return lastAsked.getReadOnlyProperty();
    }

    /**
     * Signs in to the same tenant again, the same way, asking for {@code needed} as well as what was granted
     * (blocking; off the FX thread). Null when nothing more is needed: {@code connections} are not this sign-in's
     * (the demo tenant's), or what was granted covers it.
     */
    public TenantConnections widen(RequiredAccess needed, TenantConnections connections, Consumer<String> progress) {
        fx.execute(() -> lastAsked.set(needed));
        SignInService.SignedIn signedIn = current;
        RequiredAccess had = granted;
        if (signedIn == null || had == null || connections != signedIn.connections()
                || had.graphScopes().containsAll(needed.graphScopes())) {
            return null;
        }
        LinkedHashSet<String> scopes = new LinkedHashSet<>(had.graphScopes());
        scopes.addAll(needed.graphScopes());
        RequiredAccess wider = new RequiredAccess(needed.scenario(), List.copyOf(scopes),
                had.teamsPowerShell() || needed.teamsPowerShell(),
                had.compliancePowerShell() || needed.compliancePowerShell(), needed.adminRoles());
        List<String> more = needed.graphScopes().stream().filter(s -> !had.graphScopes().contains(s)).toList();
        progress.accept("This needs " + String.join(", ", more) + " as well: sign in to " + signedIn.tenant()
                + " again to allow it.");
        SignInService.SignedIn again = signIn(signedIn.tenant(), method, wider, progress, browser);
        fx.execute(() -> widened.set(new Widened(again, more)));
        return again.connections();
    }
}
