package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Checker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ANON-05: the meeting-policy settings the plan does not set but that can still stop or gate the anonymous expert
 * (Set-CsTeamsMeetingPolicy BlockedAnonymousJoinClientTypes, CaptchaVerificationForMeetingJoin,
 * AnonymousUserAuthenticationMethod) are read and named.
 */
class AnonymousJoinGatesTest {

    @TempDir
    Path dir;

    private final Checker checker = new Checker(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    private static void policy(EngineFixture f, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(f.server.graphBaseUrl().replace("/v1.0",
                "/_demo/tenants/abc.com/teams/meetingPolicies"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isBetween(200, 201);
    }

    private CheckResult gates(EngineFixture f) {
        DeploymentPlan plan = EngineFixture.example(Scenario.ANONYMOUS_JOIN);
        return checker.check(plan, f.connections).stream().filter(c -> c.id().equals("ANON-05")).findFirst()
                .orElseThrow();
    }

    @Test
    void aPolicyThePlanCreatesHasMicrosoftsDefaults() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            CheckResult r = gates(f);
            assertThat(r.status()).isEqualTo(CheckStatus.PASS);
            assertThat(r.evidence()).contains("Microsoft's defaults", "OneTimePasscode", "one-time passcode");
        }
    }

    @Test
    void teamsClientsBlockedStopTheExpertAndACaptchaIsSaid() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            policy(f, "{\"Identity\":\"RA-Anon\",\"AllowAnonymousUsersToJoinMeeting\":true,"
                    + "\"BlockedAnonymousJoinClientTypes\":[\"Teams\"]}");
            CheckResult blocked = gates(f);
            assertThat(blocked.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(blocked.evidence()).contains("BlockedAnonymousJoinClientTypes Teams", "cannot join from Teams");
            assertThat(blocked.fix()).contains("Set-CsTeamsMeetingPolicy -Identity RA-Anon");
        }
        try (EngineFixture f = new EngineFixture(dir.resolve("second"), DemoOptions.inMemory())) {
            policy(f, "{\"Identity\":\"RA-Anon\",\"AllowAnonymousUsersToJoinMeeting\":true,"
                    + "\"CaptchaVerificationForMeetingJoin\":\"AnonymousUsersAndUntrustedOrganizations\","
                    + "\"AnonymousUserAuthenticationMethod\":\"None\"}");
            CheckResult captcha = gates(f);
            assertThat(captcha.status()).isEqualTo(CheckStatus.WARN);
            assertThat(captcha.evidence()).contains("CAPTCHA").doesNotContain("one-time passcode");
        }
    }
}
