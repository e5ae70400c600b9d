package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * register-app makes TenantBridge's own app registration with every permission named by the id its resource
 * publishes in the tenant (the demo refuses an id it does not publish), adds its service principal, says where to
 * consent, and a second run only shows what is there.
 */
class RegisterAppTest {

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    @Test
    void registersOnceWithEveryPermissionAndSaysWhereToConsent() {
        List<String> calls = new ArrayList<>();
        cli.server.onGraphCall(calls::add);

        assertThat(cli.run("register-app", "--tenant", cli.tenant, "--for", "abc.com")).as(cli.err())
                .isEqualTo(ExitCodes.OK);

        assertThat(cli.out()).contains("Registered \u201cTenantBridge\u201d, application (client) id ",
                "Microsoft Graph: User.Read, ", "Calendars.ReadWrite", "TeamSettings.ReadWrite.All",
                "Skype and Teams Tenant Admin API: user_impersonation", "Office 365 Exchange Online: Exchange.Manage",
                "https://login.microsoftonline.com/abc.com/adminconsent?client_id=", "TENANTBRIDGE_CLIENT_ID=");
        assertThat(calls).contains("POST /applications", "POST /servicePrincipals");

        calls.clear();
        assertThat(cli.run("register-app", "--tenant", cli.tenant, "--for", "abc.com")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("Already registered", "nothing was changed");
        assertThat(calls).allMatch(c -> c.startsWith("GET "));
    }

    @Test
    void aNameGraphWouldRefuseIsRefusedBeforeAnyCall() {
        List<String> calls = new ArrayList<>();
        cli.server.onGraphCall(calls::add);
        assertThat(cli.run("register-app", "--tenant", cli.tenant, "--for", "abc.com", "--name", "n".repeat(5_000)))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--name: the name is 5000 characters; an application's name is at most 256",
                "Nothing was registered.");
        assertThat(cli.run("register-app", "--tenant", cli.tenant, "--for", "abc.com", "--name",
                "Tenant\u001B[2JBridge")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--name: the name holds a control character");
        assertThat(calls).isEmpty();
    }

    @Test
    void withTheDemoTenantItAsksWhichOfItsTenants() {
        assertThat(cli.run("register-app", "--tenant", cli.tenant)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--for DOMAIN");
    }
}
