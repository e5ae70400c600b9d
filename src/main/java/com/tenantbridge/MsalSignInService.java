package com.tenantbridge;

import com.tenantbridge.service.engine.SignInService;

import com.tenantbridge.auth.AuthSettings;
import com.tenantbridge.service.port.SignInMethod;
import com.tenantbridge.auth.TenantSignIn;
import com.tenantbridge.auth.TokenCacheStore;
import com.tenantbridge.domain.scenario.RequiredAccess;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Sign-in with MSAL4J, remembered in the OS keychain when there is one. */
public final class MsalSignInService implements SignInService {

    private final AuthSettings settings;
    private final Path dataDir;
    private TokenCacheStore cache;

    public MsalSignInService(AuthSettings settings, Path dataDir) {
        this.settings = settings;
        this.dataDir = dataDir;
    }

    private synchronized TokenCacheStore cache() {
        if (cache == null) {
            cache = TokenCacheStore.open(dataDir);
        }
        return cache;
    }

    @Override
    public SignedIn signIn(String tenant, SignInMethod method, RequiredAccess access,
            Consumer<String> deviceCodeMessage,
            Consumer<URI> openBrowser) {
        TenantSignIn signIn = TenantSignIn.signIn(settings, cache(), tenant, method, Set.copyOf(access.graphScopes()),
                deviceCodeMessage, openBrowser);
        // PowerShell's own sign-in messages (a device code) are shown where the admin's sign-in was.
        return new SignedIn(signIn.username(), tenant, new Microsoft365Connections(Map.of(tenant, signIn), access,
                deviceCodeMessage));
    }

    @Override
    public String signInOrganizer(SignedIn admin, String tenant, SignInMethod method,
            Consumer<String> deviceCodeMessage, Consumer<URI> openBrowser) {
        TenantSignIn organizer = TenantSignIn.signIn(settings, cache(), tenant, method, Set.copyOf(
                RequiredAccess.ORGANIZER_SCOPES), deviceCodeMessage, openBrowser);
        if (admin.connections() instanceof Microsoft365Connections m365) {
            m365.organizerSignedIn(tenant, organizer);
        }
        return organizer.username();
    }

    @Override
    public String tokenCacheDescription() {
        return cache().description();
    }
}
