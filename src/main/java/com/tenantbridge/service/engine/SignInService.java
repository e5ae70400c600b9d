package com.tenantbridge.service.engine;

import com.tenantbridge.service.port.SignInMethod;
import com.tenantbridge.domain.scenario.RequiredAccess;
import java.net.URI;
import java.util.function.Consumer;

/** Signs an admin in to a Microsoft 365 tenant. Blocks: called off the FX thread. */
public interface SignInService {

    /** Who is signed in and what they reach. */
    record SignedIn(String username, String tenant, TenantConnections connections) {
    }

    SignedIn signIn(String tenant, SignInMethod method, RequiredAccess access, Consumer<String> deviceCodeMessage,
            Consumer<URI> openBrowser);

    /**
     * The anonymous-join organizer's own sign-in to {@code tenant} (RequiredAccess.ORGANIZER_SCOPES), added to the
     * admin's connections so the meeting is made on the organizer's calendar; returns who signed in.
     */
    default String signInOrganizer(SignedIn admin, String tenant, SignInMethod method,
            Consumer<String> deviceCodeMessage, Consumer<URI> openBrowser) {
        throw new UnsupportedOperationException("no organizer sign-in here");
    }

    /** Where sign-ins are remembered (keychain, or memory only), to tell the admin before they sign in. */
    String tokenCacheDescription();

    /** Reaches no Microsoft 365 tenant (the demo tenant alone, and tests): a sign-in says so in one line. */
    static SignInService none() {
        return new SignInService() {
            @Override
            public SignedIn signIn(String tenant, SignInMethod method, RequiredAccess access,
                    Consumer<String> deviceCodeMessage, Consumer<URI> openBrowser) {
                throw new com.tenantbridge.service.port.PortException("Microsoft 365 cannot be reached from here");
            }

            @Override
            public String tokenCacheDescription() {
                return "in memory";
            }
        };
    }
}
