package com.tenantbridge.ui.connect;

import com.tenantbridge.service.engine.SignInService;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.service.port.SignInMethod;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.ui.SyncTasks;
import com.tenantbridge.ui.common.EngineSession;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectStepViewModelTest {

    /** Counts starts; fails when asked to. */
    static final class FakeDemo implements DemoTenantRunner {
        static final String URL = "http://127.0.0.1:1234/v1.0";
        int starts;
        int resets;
        boolean fail;

        @Override
        public Running start() throws IOException {
            if (fail) {
                throw new IOException("port in use");
            }
            starts++;
            return new Running(URL, List.of(new Tenant("ABC", List.of("abc.com",
                    "abccorp.onmicrosoft.com")), new Tenant("Contoso1", List.of("contoso1.com"))));
        }

        @Override
        public void reset() {
            resets++;
        }

        @Override
        public com.tenantbridge.service.engine.TenantConnections connect(java.util.Set<String> domains,
                List<String> scopes, java.util.Map<String, String> defaultDomains) {
            return new com.tenantbridge.service.engine.TenantConnections() {
                @Override
                public java.util.Optional<com.tenantbridge.service.port.TenantPorts> ports(String domain) {
                    // Only which tenants are reached matters here; the engine tests use the real ports.
                    return java.util.Optional.ofNullable(domains.contains(domain) ? new com.tenantbridge.service.port
                            .TenantPorts(domain, null, null, null, null, null, null, null, null) : null);
                }

                @Override
                public String describe() {
                    return "demo tenant at " + URL;
                }
            };
        }
    }

    private final FakeDemo demo = new FakeDemo();
    private final FakeSignIn signIn = new FakeSignIn();
    private final EngineSession session = new EngineSession(new com.tenantbridge.ui.common.SessionSignIn(signIn,
            Runnable::run));
    private final ConnectStepViewModel vm = new ConnectStepViewModel(new SyncTasks(), demo, signIn,
            session, new com.tenantbridge.service.check.Doctor(java.util.List::of));

    /** Signs in to anything whose name does not start with "bad". */
    static final class FakeSignIn implements SignInService {
        int signIns;
        final java.util.List<RequiredAccess> asked = new java.util.ArrayList<>();

        @Override
        public SignedIn signIn(String tenant, SignInMethod method, RequiredAccess access,
                java.util.function.Consumer<String> deviceCode, java.util.function.Consumer<java.net.URI> browser) {
            if (tenant.startsWith("bad")) {
                throw new com.tenantbridge.service.port.PortException("AADSTS90002: tenant not found");
            }
            if (tenant.startsWith("offline")) {
                throw new RuntimeException(new java.util.concurrent.CompletionException(
                        new java.net.UnknownHostException("login.microsoftonline.com")));
            }
            if (tenant.startsWith("refused")) {
                throw new com.tenantbridge.service.port.TenantAccessException("Could not sign in to " + tenant
                        + ": AADSTS65001: The user or administrator has not consented. Check the account and the"
                        + " tenant; an admin may need to consent to the permissions asked.", null);
            }
            signIns++;
            asked.add(access);
            if (method == SignInMethod.DEVICE_CODE) {
                deviceCode.accept("To sign in, open https://microsoft.com/devicelogin and enter ABCD1234.");
            }
            return new SignedIn("admin@" + tenant, tenant, tenant.startsWith("register") ? withApps()
                    : com.tenantbridge.cli.TestConnections.none());
        }

        /** A tenant whose app registrations are kept in memory; each permission value is its own id. */
        private static com.tenantbridge.service.engine.TenantConnections withApps() {
            var apps = new com.tenantbridge.service.port.AppRegistrationService() {
                final java.util.List<App> registered = new java.util.ArrayList<>();

                @Override
                public java.util.Optional<App> findApp(String displayName) {
                    return registered.stream().filter(a -> a.displayName().equals(displayName)).findFirst();
                }

                @Override
                public java.util.Map<String, String> delegatedPermissionIds(String resourceAppId) {
                    java.util.Map<String, String> ids = new java.util.HashMap<>();
                    com.tenantbridge.service.app.AppPermissions.needed().get(resourceAppId).forEach(v -> ids.put(v, v));
                    return ids;
                }

                @Override
                public App register(String displayName, String redirectUri, java.util.Map<String,
                        java.util.List<String>> ids) {
                    App app = new App("obj-1", "app-1", displayName);
                    registered.add(app);
                    return app;
                }

                @Override
                public void addServicePrincipal(String appId) {
                }
            };
            return new com.tenantbridge.service.engine.TenantConnections() {
                @Override
                public java.util.Optional<com.tenantbridge.service.port.TenantPorts> ports(String domain) {
                    return java.util.Optional.empty();
                }

                @Override
                public java.util.Optional<com.tenantbridge.service.port.AppRegistrationService> appRegistrations(
                        String domain) {
                    return java.util.Optional.of(apps);
                }

                @Override
                public String describe() {
                    return "apps";
                }
            };
        }

        @Override
        public String tokenCacheDescription() {
            return "Sign-ins are kept in memory for this run only.";
        }
    }

    @Test
    void registeringTenantBridgesAppSignsInForItAndSaysWhereToConsent() {
        vm.kindProperty().set(TenantKind.MICROSOFT_365);
        vm.tenantProperty().set("register.example");

        vm.doctor().registerApp();

        assertThat(signIn.asked).last().satisfies(a -> assertThat(a.graphScopes())
                .containsExactly("Application.ReadWrite.All"));
        assertThat(vm.doctor().registerStatusProperty().get()).isEqualTo("Registered: client id app-1. Consent for"
                + " the organisation at https://login.microsoftonline.com/register.example/adminconsent?client_id=app-1,"
                + " then set TENANTBRIDGE_CLIENT_ID=app-1 and start TenantBridge again.");
    }

    @Test
    void theDemoTenantIsTheDefaultAndStartsOnEnter() {
        assertThat(vm.kindProperty().get()).isEqualTo(TenantKind.DEMO);
        assertThat(vm.validProperty().get()).as("not running yet").isFalse();
        vm.onEnter(DeploymentPlan.empty());
        assertThat(demo.starts).isEqualTo(1);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.demoStatusProperty().get()).isEqualTo("Demo tenant running at http://127.0.0.1:1234/v1.0");
        assertThat(vm.demoTenants()).extracting(DemoTenantChoice::label).containsExactly("ABC (abc.com)",
                "Contoso1 (contoso1.com)");
        vm.onEnter(DeploymentPlan.empty());
        assertThat(demo.starts).as("started once").isEqualTo(1);
    }

    @Test
    void aDemoTenantThatCannotStartKeepsNextOffAndSaysWhy() {
        demo.fail = true;
        vm.onEnter(DeploymentPlan.empty());
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.demoStatusProperty().get()).isEqualTo("The demo tenant could not start: port in use");
    }

    @Test
    void resetGoesBackToTheSeed() {
        vm.onEnter(DeploymentPlan.empty());
        vm.resetDemo();
        assertThat(demo.resets).isEqualTo(1);
        assertThat(vm.demoStatusProperty().get()).startsWith("Demo tenant reset to its starting state");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| false",
            "contoso| false",
            "contoso.onmicrosoft.com| true",
            "72f988bf-86f1-41af-91ab-2d7cd011db47| true",
            "abc.com.| false"})
    void aMicrosoft365TenantNeedsADomainOrTenantIdAndASignIn(String tenant, boolean valid) {
        vm.kindProperty().set(TenantKind.MICROSOFT_365);
        vm.tenantProperty().set(tenant);
        assertThat(vm.validProperty().get()).isFalse();
        vm.signIn();
        assertThat(vm.validProperty().get()).isEqualTo(valid && !tenant.isEmpty());
        assertThat(session.connections() != null).isEqualTo(valid && !tenant.isEmpty());
    }

    @Test
    void theDemoTenantIsWhatTheSessionReaches() {
        vm.onEnter(DeploymentPlan.empty());
        assertThat(session.connections()).isNotNull();
        assertThat(session.connections().describe()).contains("http://127.0.0.1:1234/v1.0");
        assertThat(session.connections().ports("abc.com")).isPresent();
        assertThat(session.connections().ports("fabrikam.com")).isEmpty();
    }

    @Test
    void deviceCodeSignInShowsTheCodeThenWhoSignedIn() {
        vm.onEnter(DeploymentPlan.empty().withScenario(com.tenantbridge.domain.scenario.Scenario.VENDOR_ACCOUNTS));
        assertThat(vm.permissionsProperty().get()).contains("User.ReadWrite.All", "LicenseAssignment.ReadWrite.All");
        vm.kindProperty().set(TenantKind.MICROSOFT_365);
        vm.methodProperty().set(SignInMethod.DEVICE_CODE);
        vm.tenantProperty().set("contoso.onmicrosoft.com");
        vm.signIn();
        assertThat(vm.signInStatusProperty().get()).startsWith("Signed in to contoso.onmicrosoft.com as admin@");
        assertThat(vm.validProperty().get()).isTrue();
        vm.signOut();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(session.connections()).isNull();
        vm.kindProperty().set(TenantKind.DEMO);
        assertThat(session.connections()).isNotNull();
    }

    @Test
    void aFailedSignInSaysWhyAndKeepsNextOff() {
        vm.kindProperty().set(TenantKind.MICROSOFT_365);
        vm.tenantProperty().set("bad.onmicrosoft.com");
        vm.signIn();
        assertThat(vm.signInStatusProperty().get()).contains("AADSTS90002");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void aSignInThatCannotReachOrIsRefusedIsOneSentenceWithoutJavaNames() {
        vm.kindProperty().set(TenantKind.MICROSOFT_365);
        vm.tenantProperty().set("offline.onmicrosoft.com");
        vm.signIn();
        assertThat(vm.signInStatusProperty().get()).isEqualTo("Sign-in failed: the server's name"
                + " (login.microsoftonline.com) could not be found (DNS): check the network connection, the proxy and"
                + " the address");
        vm.tenantProperty().set("refused.onmicrosoft.com");
        vm.signIn();
        assertThat(vm.signInStatusProperty().get()).startsWith("Could not sign in to refused.onmicrosoft.com:"
                + " AADSTS65001").doesNotContain("Exception").doesNotContain("Sign-in failed: Could not");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void suggestsTheHostDomainOfThePlan() {
        vm.onEnter(DeploymentPlan.empty().withHostTenant(TenantRef.of("ABC", "abc.com")));
        assertThat(vm.tenantProperty().get()).isEqualTo("abc.com");
    }

    @Test
    void anUntickedDemoTenantIsNotReachedSoItsPartIsHandedOver() {
        vm.onEnter(DeploymentPlan.empty().withScenario(com.tenantbridge.domain.scenario.Scenario.FEDERATION)
                .withHostTenant(com.tenantbridge.domain.plan.TenantRef.of("ABC", "abc.com")));
        assertThat(vm.demoTenants().get(0).inPlanProperty().get()).isTrue();
        assertThat(vm.demoTenants().get(1).inPlanProperty().get()).isFalse();
        assertThat(session.connections().ports("contoso1.com")).isPresent();
        vm.demoTenants().get(1).administeredProperty().set(false);
        assertThat(session.connections().ports("contoso1.com")).isEmpty();
        assertThat(session.connections().ports("abccorp.onmicrosoft.com")).isPresent();
        assertThat(vm.validProperty().get()).isTrue();
        vm.demoTenants().get(0).administeredProperty().set(false);
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.tenantMessageProperty().get()).startsWith("Tick at least one demo tenant");
    }

    @Test
    void undoingAsksASecondSignInForWhatTheFirstDidNotGrantAndOnlyOnce() {
        vm.onEnter(DeploymentPlan.empty().withScenario(com.tenantbridge.domain.scenario.Scenario.GUEST_ACCESS));
        assertThat(vm.permissionsProperty().get()).endsWith(" Rolling back a run asks for User.ReadWrite.All then.");
        RequiredAccess undo = RequiredAccess.of(com.tenantbridge.domain.scenario.Scenario.GUEST_ACCESS, false, true)
                .toUndo();
        assertThat(session.connectionsFor(undo, null, m -> { })).as("the demo tenant needs no consent").isNull();
        vm.kindProperty().set(TenantKind.MICROSOFT_365);
        vm.tenantProperty().set("contoso.onmicrosoft.com");
        vm.signIn();
        assertThat(signIn.asked.get(0).graphScopes()).contains("User.Invite.All").doesNotContain("User.ReadWrite.All");
        var before = session.connections();
        java.util.List<String> said = new java.util.ArrayList<>();
        var wider = session.connectionsFor(undo, before, said::add);
        assertThat(signIn.signIns).isEqualTo(2);
        assertThat(signIn.asked.get(1).graphScopes()).containsAll(signIn.asked.get(0).graphScopes())
                .contains("User.ReadWrite.All");
        assertThat(said.get(0)).isEqualTo("This needs User.ReadWrite.All as well: sign in to contoso.onmicrosoft.com"
                + " again to allow it.");
        assertThat(wider).isNotSameAs(before).isSameAs(session.connections());
        assertThat(vm.signInStatusProperty().get()).endsWith("now also allowing User.ReadWrite.All.");
        assertThat(session.connectionsFor(undo, wider, m -> { })).as("granted now").isSameAs(wider);
        assertThat(signIn.signIns).isEqualTo(2);
    }
}
