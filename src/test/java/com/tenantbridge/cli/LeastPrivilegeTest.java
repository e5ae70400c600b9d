package com.tenantbridge.cli;

import com.tenantbridge.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.plan.PlanFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Graph permissions each scenario asks for at sign-in (RequiredAccess, the one place they live) against the
 * calls it really makes, recorded by the demo tenant while the CLI checks, applies and verifies the example plan.
 * A call whose permission is not requested fails, and so does a requested permission no call needs.
 */
class LeastPrivilegeTest {

    /**
     * A Graph call, and the delegated permissions any one of which allows it (least privileged first, as each call's
     * Graph v1.0 reference page lists them).
     */
    private record Rule(String method, Pattern path, List<String> scopes) {
        boolean matches(String call) {
            String[] parts = call.split(" ", 2);
            return (method.equals("*") || method.equals(parts[0])) && path.matcher(parts[1]).matches();
        }
    }

    private static Rule rule(String method, String path, String... scopes) {
        return new Rule(method, Pattern.compile(path), List.of(scopes));
    }

    private static final List<Rule> RULES = List.of(
            rule("GET", "/organization(/.*)?", "Organization.Read.All"),
            rule("GET", "/domains(/.*)?", "Organization.Read.All"),
            rule("GET", "/subscribedSkus(/.*)?", "Organization.Read.All", "LicenseAssignment.ReadWrite.All"),
            rule("GET", "/directory/subscriptions(/.*)?", "Organization.Read.All", "Directory.Read.All"),
            rule("GET", "/servicePrincipals\\(appId=.*\\)", "Application.Read.All"),
            rule("GET", "/tenantRelationships/findTenantInformationByDomainName.*",
                    "CrossTenantInformation.ReadBasic.All"),
            rule("GET", "/policies/crossTenantAccessPolicy(/.*)?", "Policy.Read.All"),
            rule("*", "/policies/crossTenantAccessPolicy(/.*)?", "Policy.ReadWrite.CrossTenantAccess"),
            rule("POST", "/users/[^/]+/assignLicense", "LicenseAssignment.ReadWrite.All"),
            rule("*", "/users/[^/]+/(events|calendar)(/.*)?", "Calendars.ReadWrite"),
            rule("*", "/users/[^/]+/onlineMeetings(/.*)?", "OnlineMeetings.ReadWrite"),
            rule("GET", "/users(/[^/]+)?", "User.Read.All", "User.ReadWrite.All"),
            rule("POST", "/users", "User.ReadWrite.All"),
            rule("DELETE", "/users/[^/]+", "User.ReadWrite.All"),
            rule("POST", "/invitations", "User.Invite.All"),
            rule("GET", "/groups(/[^/]+)?", "Group.Read.All", "Group.ReadWrite.All"),
            rule("GET", "/groups/[^/]+/members(/.*)?", "Group.Read.All", "GroupMember.ReadWrite.All"),
            rule("POST", "/groups", "Group.ReadWrite.All"),
            rule("POST", "/groups/[^/]+/members/\\$ref", "GroupMember.ReadWrite.All"),
            rule("DELETE", "/groups/[^/]+/members/[^/]+/\\$ref", "GroupMember.ReadWrite.All"),
            rule("DELETE", "/groups/[^/]+", "Group.ReadWrite.All"),
            // team-post-members, team-delete-members: TeamMember.ReadWriteNonOwnerRole.All is least.
            // team-list-members: TeamMember.Read.All is least; team-get: Group.Read.All among others.
            rule("GET", "/teams/[^/]+/members(\\?.*)?", "TeamMember.Read.All"),
            rule("GET", "/teams(/.*)?", "Group.Read.All"),
            rule("POST", "/teams/[^/]+/members", "TeamMember.ReadWriteNonOwnerRole.All"),
            rule("DELETE", "/teams/[^/]+/members/[^/]+", "TeamMember.ReadWriteNonOwnerRole.All"));

    @TempDir
    Path dir;

    private static int run(String... args) {
        return CliRun.of(args).code();
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/plans/federation-with-entra-settings.json",
            "assets/examples/federation-abc-contoso.json", "src/test/resources/plans/guest-without-entra-settings.json",
            "assets/examples/guest-access-abc-experts.json", "assets/examples/vendor-accounts-abc.json",
            "assets/examples/anonymous-join-oem-expert.json"})
    void eachPlanAsksForWhatItsCallsNeedAndNothingMore(String file) throws Exception {
        // Federation's example sets Teams external access only; the test plan adds the Entra partner settings.
        Path planFile = Path.of(file);
        planFile = Examples.copy(planFile, dir);
        DeploymentPlan plan = PlanFiles.load(planFile).plan();
        RequiredAccess access = plan.requiredAccess();
        RequiredAccess undo = access.toUndo();
        Set<String> calls = Collections.synchronizedSet(new TreeSet<>());
        Set<String> undoCalls = Collections.synchronizedSet(new TreeSet<>());
        Set<String> recording = Collections.synchronizedSet(new java.util.HashSet<>());
        Set<String> organizerCalls = Collections.synchronizedSet(new TreeSet<>());
        try (DemoTenantServer server = DemoTenantServer.start(DemoOptions.inMemory())) {
            // The meeting's organizer signs in for their own meeting: their calls are held to the organizer's scopes.
            String organizer = plan.anonymousJoin() == null ? null : plan.anonymousJoin().meeting().organizer();
            server.onGraphCallBy((who, c) -> {
                String call = c.replaceAll("'[^']*'", "'…'");
                if (organizer != null && who.equalsIgnoreCase(organizer)) {
                    organizerCalls.add(call);
                } else {
                    assertThat(who).as("every other call is the admin's").startsWith("admin@");
                    (recording.isEmpty() ? calls : undoCalls).add(call);
                }
            });
            String tenant = "demo@" + server.graphBaseUrl();
            String journal = dir.resolve("run.jsonl").toString();
            run("check", "--plan", planFile.toString(), "--tenant", tenant);
            assertThat(run("apply", "--plan", planFile.toString(), "--tenant", tenant, "--yes",
                    "--confirm-narrowing", "--journal", journal,
                    "--credentials", dir.resolve("handout.csv").toString())).isEqualTo(ExitCodes.OK);
            run("verify", "--plan", planFile.toString(), "--tenant", tenant);
            recording.add("rollback");
            assertThat(run("rollback", "--journal", journal, "--plan", planFile.toString(), "--tenant", tenant,
                    "--yes")).as("rollback").isEqualTo(ExitCodes.OK);
        }
        assertThat(calls).as("calls recorded").isNotEmpty();
        if (plan.anonymousJoin() != null) {
            assertThat(organizerCalls).as("the meeting is made, read and undone by its organizer")
                    .anyMatch(c -> c.startsWith("POST /users/") && c.endsWith("/events"))
                    .anyMatch(c -> c.startsWith("PATCH /users/") && c.contains("/onlineMeetings/"))
                    .anyMatch(c -> c.startsWith("DELETE /users/") && c.contains("/events/"));
            assertThat(calls).as("the admin never touches the organizer's calendar")
                    .noneMatch(c -> c.contains("/events") || c.contains("/onlineMeetings"));
            assertThat(needed(organizerCalls, new RequiredAccess(plan.scenario(), RequiredAccess.ORGANIZER_SCOPES,
                    false, false, List.of()))).as("the organizer's scopes, each used")
                    .containsExactlyInAnyOrderElementsOf(RequiredAccess.ORGANIZER_SCOPES);
        }
        assertThat(needed(calls, access)).as("requested but needed by no call; calls: %s", calls)
                .containsExactlyInAnyOrderElementsOf(access.graphScopes());
        // Undoing asks for the same plus only what its own calls need.
        Set<String> undoNeeded = needed(undoCalls, undo);
        assertThat(undo.graphScopes()).filteredOn(s -> !access.graphScopes().contains(s))
                .as("asked for to undo but needed by no undo call; calls: %s", undoCalls).isSubsetOf(undoNeeded);
    }

    /** The requested permissions the calls use; fails if a call is allowed by none of them. */
    private static Set<String> needed(Set<String> calls, RequiredAccess access) {
        Set<String> needed = new LinkedHashSet<>();
        List<String> notAllowed = new ArrayList<>();
        for (String call : calls) {
            Rule rule = RULES.stream().filter(r -> r.matches(call)).findFirst().orElse(null);
            assertThat(rule).as("no permission rule for %s: add it from the call's Graph v1.0 reference page", call)
                    .isNotNull();
            List<String> granted = rule.scopes().stream().filter(access.graphScopes()::contains).toList();
            if (granted.isEmpty()) {
                notAllowed.add(call + " needs one of " + rule.scopes());
            }
            needed.addAll(granted);
        }
        assertThat(notAllowed).as("calls the requested permissions do not allow").isEmpty();
        return needed;
    }
}
