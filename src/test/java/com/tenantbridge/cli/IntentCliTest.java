package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each scenario, the example keeps its intent and a plan that breaks it is refused: validate exits 2 naming
 * the field and the party, check and verify exit 1 naming the party, apply refuses before any change.
 */
class IntentCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("vendor-accounts-abc.json", (Consumer<ObjectNode>) root -> ((ObjectNode) root
                        .at("/vendors/informationBarriers/segments/3")).remove("members"),
                        "vendors.informationBarriers.segments[3].members", "Vendor2's accounts",
                        "V2_SupportEngineer has no members"),
                Arguments.of("guest-access-abc-experts.json", (Consumer<ObjectNode>) root -> ((ObjectNode) root
                        .at("/guestAccess/targets/1/crossTenantAccess")).put("b2bCollaborationInbound", "blocked"),
                        "guestAccess.targets[1].crossTenantAccess.b2bCollaborationInbound", "Expert1 (ABC)",
                        "Contoso2 blocks inbound B2B collaboration from ABC"),
                Arguments.of("federation-abc-contoso.json", (Consumer<ObjectNode>) root -> {
                    ObjectNode f = (ObjectNode) root.at("/federation");
                    f.put("mode", "blockSpecific");
                    f.putArray("blockedDomains").add("contoso2.com");
                }, "federation.blockedDomains[0]", "ABC and Contoso2", "abc.com blocks contoso2.com"),
                Arguments.of("anonymous-join-oem-expert.json", (Consumer<ObjectNode>) root -> {
                    ((ObjectNode) root.at("/anonymousJoin/meeting")).put("lobbyBypass", "organizer");
                    ((ObjectNode) root.at("/anonymousJoin/meetingPolicy")).put("autoAdmittedUsers",
                            "EveryoneInCompany");
                }, "anonymousJoin.meeting.lobbyBypass", "OEM expert (Fabrikam)", "The lobby holds OEM expert"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void aPlanThatBreaksItsIntentIsRefusedNamingTheParty(String example, Consumer<ObjectNode> breakIt, String field,
            String party, String because) throws Exception {
        Path good = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples", example);
        assertThat(cli.run("validate", "--plan", good.toString())).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("check", "--plan", good.toString(), "--tenant", cli.tenant)).as(cli.out())
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("PASS    INTENT").doesNotContain("FAIL    INTENT");

        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(good));
        breakIt.accept(root);
        Path bad = dir.resolve("broken-" + example);
        Files.writeString(bad, JSON.writeValueAsString(root));

        assertThat(cli.run("validate", "--plan", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.out()).contains("error   " + field + ": ").contains(because);

        assertThat(cli.run("check", "--plan", bad.toString(), "--tenant", cli.tenant)).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.out()).containsPattern("FAIL    INTENT .*" + java.util.regex.Pattern.quote(party))
                .contains(because).contains("plan field " + field);

        assertThat(cli.run("verify", "--plan", bad.toString(), "--tenant", cli.tenant)).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.out()).containsPattern("FAIL    INTENT .*" + java.util.regex.Pattern.quote(party));

        assertThat(cli.run("apply", "--plan", bad.toString(), "--tenant", cli.tenant, "--yes",
                "--journal", dir.resolve("run.jsonl").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains(field).contains(because);
        assertThat(cli.run("plan", "--plan", good.toString(), "--tenant", cli.tenant, "--json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).as("the refused apply changed nothing").doesNotContain("\"changes\" : [ ]");

        // Still well-formed: a run of the good plan is reported with the broken one, which says what breaks.
        Path journal = dir.resolve("good.jsonl");
        good = Examples.copy(good, dir);
        assertThat(cli.run("apply", "--plan", good.toString(), "--tenant", cli.tenant, "--yes",
                "--confirm-narrowing", "--journal", journal.toString(), "--credentials",
                dir.resolve("handout.csv").toString())).isEqualTo(ExitCodes.OK);
        Path report = dir.resolve("report.html");
        assertThat(cli.run("report", "--journal", journal.toString(), "--plan", bad.toString(), "--out",
                report.toString())).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.exists(report)).isTrue();
    }
}
