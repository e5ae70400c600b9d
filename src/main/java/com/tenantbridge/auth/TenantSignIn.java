package com.tenantbridge.auth;

import com.tenantbridge.service.port.SignInMethod;

import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.InteractiveRequestParameters;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.SystemBrowserOptions;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantAccessException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * One admin signed in to one tenant with MSAL. Tokens are fetched silently from the cache (refreshing as
 * needed) for each resource; they are never logged or written anywhere but the cache. Blocks: call off the FX
 * thread.
 */
public final class TenantSignIn {

    private final PublicClientApplication app;
    private final IAccount account;
    private final String tenant;
    private final SignInMethod method;
    private final boolean ownApp;

    private TenantSignIn(PublicClientApplication app, IAccount account, String tenant, SignInMethod method,
            boolean ownApp) {
        this.app = app;
        this.account = account;
        this.tenant = tenant;
        this.method = method;
        this.ownApp = ownApp;
    }

    /**
     * Signs in to {@code tenant} (domain or id). The device-code message, or the browser URL, goes to the
     * caller's consumer to show; the browser is opened by {@code openBrowser}.
     */
    public static TenantSignIn signIn(AuthSettings settings, TokenCacheStore cache, String tenant, SignInMethod method,
            Set<String> graphScopes, Consumer<String> deviceCodeMessage, Consumer<URI> openBrowser) {
        try {
            PublicClientApplication.Builder builder = PublicClientApplication.builder(settings.clientId())
                    .authority("https://login.microsoftonline.com/" + tenant + "/");
            if (cache.aspect() != null) {
                builder.setTokenCacheAccessAspect(cache.aspect());
            }
            PublicClientApplication app = builder.build();
            Set<String> scopes = graph(graphScopes);
            IAuthenticationResult result = switch (method) {
                case DEVICE_CODE -> app.acquireToken(DeviceCodeFlowParameters.builder(scopes,
                        code -> deviceCodeMessage.accept(code.message())).build()).get();
                case INTERACTIVE_BROWSER -> app.acquireToken(InteractiveRequestParameters
                        .builder(URI.create(settings.redirectUri()))
                        .scopes(scopes)
                        .systemBrowserOptions(SystemBrowserOptions.builder()
                                .openBrowserAction(url -> openBrowser.accept(URI.create(url.toString())))
                                .htmlMessageSuccess("Signed in to TenantBridge. You can close this tab.")
                                .build())
                        .build()).get();
            };
            return new TenantSignIn(app, result.account(), tenant, method,
                    !AuthSettings.DEFAULT_CLIENT_ID.equals(settings.clientId()));
        } catch (MalformedURLException e) {
            throw new TenantAccessException("\u201c" + tenant + "\u201d is not a tenant's domain or id: give its"
                    + " domain (contoso.com) or directory id", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TenantAccessException("Sign-in to " + tenant + " was cancelled: nothing was read or changed",
                    e);
        } catch (ExecutionException e) {
            // MSAL says why in its message (AADSTS code and text); a network failure is told by what it means.
            throw new TenantAccessException("Could not sign in to " + tenant + ": " + Failures.describe(e.getCause())
                    + (Failures.isNetwork(e.getCause()) ? "." : ". Check the account and the tenant; an admin may need"
                            + " to consent to the permissions asked."), e.getCause());
        }
    }

    /** A token for Microsoft Graph with the given scopes, from the cache or refreshed. */
    public String graphToken(Set<String> graphScopes) {
        return silent(graph(graphScopes));
    }

    /** A token for another resource, e.g. the Teams admin API, for PowerShell. */
    public String token(String resourceScope) {
        return silent(Set.of(resourceScope));
    }

    public String username() {
        return account.username();
    }

    public String tenant() {
        return tenant;
    }

    /** How the admin signed in: PowerShell modules that sign in themselves do it the same way. */
    public SignInMethod method() {
        return method;
    }

    /**
     * Whether the sign-in used the admin's own app registration (not Microsoft's Graph command-line client): only
     * then can its tokens be handed to PowerShell, for only then may it hold the Teams admin API and compliance scopes.
     */
    public boolean ownAppRegistration() {
        return ownApp;
    }

    private String silent(Set<String> scopes) {
        try {
            return app.acquireTokenSilently(SilentParameters.builder(scopes, account).build()).get().accessToken();
        } catch (MalformedURLException e) {
            throw new PortException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("interrupted while fetching a token");
        } catch (ExecutionException e) {
            throw new PortException("the sign-in to " + tenant + " has expired or lacks consent for " + scopes
                    + ": sign in again (" + e.getCause().getMessage() + ")");
        }
    }

    /** Graph scopes are named relative to https://graph.microsoft.com/. */
    static Set<String> graph(Set<String> scopes) {
        return Set.copyOf(scopes.stream().map(s -> s.startsWith("https://") || s.contains("/") ? s
                : "https://graph.microsoft.com/" + s).toList());
    }
}
