package com.tenantbridge.cli;

import com.tenantbridge.Launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static Path example(String file) {
        return Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples", file);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate", "Check a plan file").contains("Exit codes");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("TenantBridge ").doesNotContain("${");
    }

    @ParameterizedTest
    @ValueSource(strings = {"federation-abc-contoso.json", "guest-access-abc-experts.json",
            "vendor-accounts-abc.json", "anonymous-join-oem-expert.json"})
    void everyExamplePlanValidates(String file) {
        assertThat(run("validate", "--plan", example(file).toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(": valid plan");
    }

    @Test
    void aBadPlanPrintsEveryProblemAndExitsTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"schemaVersion":1,"name":"Bad","scenario":"anonymousJoin",
                 "hostTenant":{"name":"ABC","domain":"abc.com"},
                 "anonymousJoin":{"meetingPolicy":{"name":"RA-Anon","autoAdmittedUsers":"Everyone",
                   "assignTo":["tech@abc.com"]},
                  "meeting":{"organizer":"tech@abc.com","subject":"Help","start":"2027-01-14T10:00:00",
                   "end":"2027-01-14T09:00:00","timeZone":"Nowhere/City","attendees":[{"email":"expert@"}],
                   "lobbyBypass":"everyone"}}}
                """);
        assertThat(run("validate", "--plan", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).contains(
                "error   anonymousJoin.meeting.end: must be after the start (2027-01-14T10:00)",
                "error   anonymousJoin.meeting.timeZone: \u201cNowhere/City\u201d is not a time zone",
                "error   anonymousJoin.meeting.attendees[0].email: not an email address",
                "invalid, 3 errors");
    }

    @Test
    void jsonOutputCarriesEveryProblem() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\":1,\"name\":\"x\",\"scenario\":\"federation\","
                + "\"technicianApp\":\"teamsMobile\",\"hostTenant\":"
                + "{\"name\":\"ABC\",\"domain\":\"abc.com\"},\"federation\":{\"mode\":\"allowSpecific\","
                + "\"partners\":[]},\"extra\":1}");
        assertThat(run("validate", "--plan", bad.toString(), "--json")).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errors").asInt()).isEqualTo(2);
        assertThat(json.get("problems").findValuesAsText("path")).containsExactly("extra", "federation.partners");
        assertThat(json.get("problems").get(0).get("severity").asText()).isEqualTo("error");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run("validate", "--plan", dir.resolve("nope.json").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).contains("no such file");
    }

    @Test
    void aMissingOptionIsBadInput() {
        assertThat(run("validate")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required option: '--plan=FILE'");
    }

    @Test
    void anUnknownCommandIsBadInput() {
        assertThat(run("teleport")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Unmatched argument");
    }
}
