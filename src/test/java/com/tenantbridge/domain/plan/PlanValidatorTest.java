package com.tenantbridge.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row breaks one field of an example plan and names the problem the admin must see:
 * file | JSON pointer | new value (JSON, or "-" to remove) | severity | expected "path: message" start.
 */
class PlanValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FED = "federation-abc-contoso.json";
    private static final String GUEST = "guest-access-abc-experts.json";
    private static final String VENDOR = "vendor-accounts-abc.json";
    private static final String ANON = "anonymous-join-oem-expert.json";

    static PlanLoadResult mutated(String file, String pointer, String value) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ExamplePlansTest.example(file));
        JsonPointer ptr = JsonPointer.compile(pointer);
        JsonNode parent = root.at(ptr.head());
        String last = ptr.last().getMatchingProperty();
        if (parent instanceof ArrayNode arr) {
            int index = ptr.last().getMatchingIndex();
            if (value.equals("-")) {
                arr.remove(index);
            } else if (index >= arr.size()) {
                arr.add(JSON.readTree(value));
            } else {
                arr.set(index, JSON.readTree(value));
            }
        } else if (value.equals("-")) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, JSON.readTree(value));
        }
        return PlanJson.read(JSON.writeValueAsString(root));
    }

    @ParameterizedTest(name = "{1} = {2} → {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // plan and host tenant
            FED + "| /name| `\"\"`| ERROR| name: required",
            FED + "| /scenario| -| ERROR| scenario: choose a scenario",
            FED + "| /hostTenant| -| ERROR| hostTenant: required",
            FED + "| /hostTenant/domain| `\"abc.com.\"`| ERROR| hostTenant.domain: ends with a dot",
            FED + "| /hostTenant/domain| `\"outlook.com\"`| ERROR| hostTenant.domain: outlook.com is a consumer mail domain",
            FED + "| /hostTenant/tenantId| `\"not-a-guid\"`| ERROR| hostTenant.tenantId: \u201cnot-a-guid\u201d is not a tenant id",
            FED + "| /hostTenant/additionalDomains| `[\"abc.com\"]`| ERROR| hostTenant.additionalDomains[0]: abc.com is listed twice",
            // A: federation
            FED + "| /federation| -| ERROR| federation: required",
            FED + "| /federation/partners| `[]`| ERROR| federation.partners: add at least one partner tenant",
            FED + "| /federation/partners/1/tenant/domain| `\"contoso1.com\"`| ERROR| federation.partners[1].tenant.domain: contoso1.com is already a domain of federation.partners[0]",
            FED + "| /federation/partners/0/tenant/domain| `\"ABC.com\"`| ERROR| federation.partners[0].tenant.domain: abc.com is the host tenant's own domain",
            FED + "| /federation/partners/0/tenant/domain| `\"b\u00fccher.de\"`| ERROR| federation.partners[0].tenant.domain: contains non-ASCII characters",
            FED + "| /federation/partners/0/mode| -| ERROR| federation.partners[0].mode: required",
            FED + "| /federation/blockedDomains| `[\"fabrikam.com\"]`| ERROR| federation.blockedDomains: only used with mode blockSpecific",
            FED + "| /acceptedDeviations| `[\"MS.TEAMS.2.1\"]`| ERROR| acceptedDeviations[0]: \u201cMS.TEAMS.2.1\u201d is not a baseline rule TenantBridge checks; use one of MS.TEAMS.2.1v2, MT.1046, MS.AAD.8.3",
            FED + "| /acceptedDeviations| `[\"MT.1046\",\"mt.1046\"]`| ERROR| acceptedDeviations[1]: mt.1046 is listed twice",
            FED + "| /acceptedDeviations| `[\"MS.TEAMS.2.1v2\"]`| ERROR| -",
            FED + "| /federation/mode| `\"open\"`| WARNING| federation.mode: open federation lets every federated organisation reach your users",
            // B: guest access
            GUEST + "| /guestAccess/inviteRedirectUrl| `\"http://teams.microsoft.com\"`| ERROR| guestAccess.inviteRedirectUrl: \u201chttp://teams.microsoft.com\u201d is not an https:// address",
            GUEST + "| /guestAccess/targets/0/guests/1/email| `\"Expert1@abc.com\"`| ERROR| guestAccess.targets[0].guests[1].email: Expert1@abc.com is listed twice",
            GUEST + "| /guestAccess/targets/0/guests/0/email| `\"tech@contoso1.com\"`| ERROR| guestAccess.targets[0].guests[0].email: tech@contoso1.com is already in Contoso1",
            GUEST + "| /guestAccess/targets/0/guests/0/email| `\"expert1.abc.com\"`| ERROR| guestAccess.targets[0].guests[0].email: not an email address",
            GUEST + "| /guestAccess/targets/1/guests/0/role| `\"technician\"`| WARNING| guestAccess.targets[1].guests[0].role: Remote Assist users can use Remote Assist in one tenant only",
            GUEST + "| /guestAccess/targets/0/tenant/domain| `\"abc.com\"`| WARNING| guestAccess.targets[0].tenant.domain: this guests people into the host (Teams users') tenant",
            GUEST + "| /guestAccess/targets/1/team| `\"\"`| ERROR| guestAccess.targets[1].team: required",
            // C: vendor accounts
            VENDOR + "| /vendors/accounts/3/contactEmail| `\"vendor(at)outlook.com\"`| ERROR| vendors.accounts[3].contactEmail: not an email address",
            VENDOR + "| /vendors/accounts/1/userPrincipalName| `\"Vendor1_A_SA@ABC.com\"`| ERROR| vendors.accounts[1].userPrincipalName: Vendor1_A_SA@ABC.com is already used by vendors.accounts[0]",
            VENDOR + "| /vendors/accounts/0/userPrincipalName| `\"Vendor1_A_SA@vendor1.com\"`| ERROR| vendors.accounts[0].userPrincipalName: \u201cvendor1.com\u201d is not a domain of the host tenant (abc.com)",
            VENDOR + "| /vendors/accounts/0/userPrincipalName| `\"Vendor1 A@abc.com\"`| ERROR| vendors.accounts[0].userPrincipalName: \u201c \u201d is not allowed in a user principal name",
            VENDOR + "| /vendors/accounts/2/usageLocation| `\"usa\"`| ERROR| vendors.accounts[2].usageLocation: \u201cusa\u201d is not an ISO 3166 country code",
            VENDOR + "| /vendors/accounts/2/usageLocation| -| ERROR| vendors.accounts[2].usageLocation: required",
            VENDOR + "| /vendors/accounts/0/contactEmail| `\"someone@abc.com\"`| ERROR| vendors.accounts[0].contactEmail: someone@abc.com is inside the host tenant",
            VENDOR + "| /vendors/accounts/1/contactEmail| `\"Vendor1_A@vendor1.com\"`| WARNING| vendors.accounts[1].contactEmail: the same person as vendors.accounts[0]",
            VENDOR + "| /vendors/licence| `\"O365_BUSINESS_PREMIUM\"`| WARNING| vendors.licence: O365_BUSINESS_PREMIUM is not in TenantBridge's catalogue: Checks reads from the tenant whether it carries Microsoft Teams",
            VENDOR + "| /vendors/licence| `\"SPE F1\"`| ERROR| vendors.licence: \u201cSPE F1\u201d is not a SKU part number",
            VENDOR + "| /vendors/licence| `\"DYN365_ENTERPRISE_FIELD_SERVICE\"`| ERROR| vendors.licence: DYN365_ENTERPRISE_FIELD_SERVICE (Dynamics 365 Field Service) carries no Microsoft Teams",
            VENDOR + "| /vendors/accounts/0/segment| `\"V9_RemoteAssistUser\"`| ERROR| vendors.accounts[0].segment: \u201cV9_RemoteAssistUser\u201d is not a segment of this plan",
            VENDOR + "| /vendors/accounts/0/segment| -| ERROR| vendors.accounts[0].segment: required: with information barriers every account belongs to one segment",
            VENDOR + "| /vendors/informationBarriers/licence| `\"MICROSOFT_REMOTE_ASSIST\"`| ERROR| vendors.informationBarriers.licence: MICROSOFT_REMOTE_ASSIST does not include information barriers",
            VENDOR + "| /vendors/informationBarriers/segments/2/value| `\"V1_RemoteAssistUser\"`| ERROR| vendors.informationBarriers.segments[2].value: segments must not overlap",
            VENDOR + "| /vendors/informationBarriers/segments/3/members| `[\"Expert1@abc.com\"]`| ERROR| vendors.informationBarriers.segments[3].members[0]: Expert1@abc.com is already in segment V1_SupportEngineer",
            VENDOR + "| /vendors/informationBarriers/policies/0/segments| `[\"V1_SupportEngineer\"]`| ERROR| vendors.informationBarriers.policies[0].segments: an allow policy must include its own segment",
            VENDOR + "| /vendors/informationBarriers/policies/0/segments/2| `\"V9_Nobody\"`| ERROR| vendors.informationBarriers.policies[0].segments[2]: \u201cV9_Nobody\u201d is not a segment of this plan",
            VENDOR + "| /vendors/informationBarriers/policies/6| `{\"name\":\"V1-block\",\"segment\":\"V1_RemoteAssistUser\",\"kind\":\"block\",\"segments\":[\"V2_RemoteAssistUser\"]}`| ERROR| vendors.informationBarriers.policies[6].kind: segment V1_RemoteAssistUser already has an allow policy",
            VENDOR + "| /vendors/informationBarriers/policies/1/segments| `[\"V1_SupportEngineer\"]`| WARNING| vendors.informationBarriers.policies[0]: one-way: V1_SupportEngineer's allow policy does not list V1_RemoteAssistUser",
            VENDOR + "| /vendors/informationBarriers/policies/5/name| `\"V1_RemoteAssistUser-allow\"`| ERROR| vendors.informationBarriers.policies[5].name: V1_RemoteAssistUser-allow is defined twice",
            // what apply would fail on (issue 29): a | in a segment name, a nickname over 64, a typographic quote
            VENDOR + "| /vendors/informationBarriers/segments/0/name| `\"V1|RA\"`| ERROR| vendors.informationBarriers.segments[0].name: holds \u201c",
            VENDOR + "| /vendors/informationBarriers/segments/0/value| `\"V1_RemoteAssistUser_with_a_group_name_that_is_far_too_long_for_a_nickname\"`| ERROR| vendors.informationBarriers.segments[0].value: its group's mail nickname (73 characters",
            FED + "| /federation/partners/1/tenant/additionalDomains| `[\"ABC.com\"]`| ERROR| federation.partners[1].tenant.additionalDomains[0]: abc.com is the host tenant's own domain",
            // D: anonymous join
            ANON + "| /anonymousJoin/meeting/end| `\"2027-01-14T08:00:00\"`| ERROR| anonymousJoin.meeting.end: must be after the start",
            ANON + "| /anonymousJoin/meeting/timeZone| `\"Mars/Olympus\"`| ERROR| anonymousJoin.meeting.timeZone: \u201cMars/Olympus\u201d is not a time zone",
            ANON + "| /anonymousJoin/meeting/attendees| `[]`| ERROR| anonymousJoin.meeting.attendees: invite the outside expert by email",
            ANON + "| /anonymousJoin/meeting/attendees/0/email| `\"colleague@abc.com\"`| WARNING| anonymousJoin.meeting.attendees[0].email: colleague@abc.com is in the host tenant",
            ANON + "| /anonymousJoin/meeting/organizer| `\"Technician1@fabrikam.com\"`| ERROR| anonymousJoin.meeting.organizer: \u201cfabrikam.com\u201d is not a domain of the host tenant",
            ANON + "| /anonymousJoin/meetingPolicy/assignTo| `[\"Technician2@abc.com\"]`| ERROR| anonymousJoin.meetingPolicy.assignTo: does not include the meeting organizer Technician1@abc.com",
            ANON + "| /anonymousJoin/meetingPolicy/name| `\"Global\"`| WARNING| anonymousJoin.meetingPolicy.name: changing the Global policy",
            ANON + "| /anonymousJoin/meeting/lobbyBypass| `\"organization\"`| ERROR| -",
    })
    void namesTheBrokenField(String file, String pointer, String value, Severity severity, String expected)
            throws Exception {
        PlanLoadResult result = mutated(file.strip(), pointer.strip(), value.strip());
        if (expected.equals("-")) {
            assertThat(result.problems()).isEmpty();
            return;
        }
        assertThat(result.problems())
                .anySatisfy(p -> {
                    assertThat(p.toString()).startsWith(expected.strip());
                    assertThat(p.severity()).isEqualTo(severity);
                });
        if (severity == Severity.ERROR) {
            assertThat(result.isValid()).isFalse();
        }
    }

    @Test
    void aLobbyThatHoldsTheExpertBreaksTheScenariosIntent() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ExamplePlansTest.example(ANON));
        ((ObjectNode) root.at("/anonymousJoin/meeting")).put("lobbyBypass", "organization");
        ((ObjectNode) root.at("/anonymousJoin/meetingPolicy")).put("autoAdmittedUsers", "EveryoneInCompany");
        List<Problem> problems = com.tenantbridge.domain.intent.Intent.proven(PlanJson.read(
                JSON.writeValueAsString(root))).problems();
        assertThat(problems).extracting(Problem::toString).containsExactly("anonymousJoin.meeting.lobbyBypass: The"
                + " lobby holds OEM expert (Fabrikam): lobby bypass is organization and the policy admits"
                + " EveryoneInCompany; the organizer on HoloLens cannot admit people from the lobby in Remote Assist.");
        assertThat(problems.get(0).intent()).isTrue();
        assertThat(problems.get(0).isError()).isTrue();
    }

    /** A plan with several edits, each a JSON pointer and the value put there. */
    static PlanLoadResult edited(String file, String... pointerValues) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ExamplePlansTest.example(file));
        for (int i = 0; i < pointerValues.length; i += 2) {
            JsonPointer ptr = JsonPointer.compile(pointerValues[i]);
            ((ObjectNode) root.at(ptr.head())).set(ptr.last().getMatchingProperty(),
                    JSON.readTree(pointerValues[i + 1]));
        }
        return PlanJson.read(JSON.writeValueAsString(root));
    }

    @Test
    void aDepartmentValueWithATypographicQuoteIsRefusedAtItsField() throws Exception {
        PlanLoadResult result = edited(VENDOR, "/vendors/informationBarriers/attribute", "\"department\"",
                "/vendors/informationBarriers/segments/0/value", "\"Sales\u2019; Start-Process calc; #\"");
        assertThat(result.errors()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).startsWith(
                "vendors.informationBarriers.segments[0].value: holds the typographic quote \u2019 (U+2019 at"
                        + " character 6)"));
        PlanLoadResult apostrophe = edited(VENDOR, "/vendors/informationBarriers/attribute", "\"department\"",
                "/vendors/informationBarriers/segments/0/value", "\"O'Brien Services\"");
        assertThat(apostrophe.problems()).extracting(Problem::path)
                .doesNotContain("vendors.informationBarriers.segments[0].value");
    }

    @Test
    void aPartnerWithTheHostsTenantIdIsTheHostItself() throws Exception {
        String id = "\"d4d3e428-77c3-57f7-82e4-dffbf02de9c3\"";
        PlanLoadResult result = edited(FED, "/hostTenant/tenantId", id, "/federation/partners/0/tenant/tenantId", id);
        assertThat(result.errors()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).startsWith(
                "federation.partners[0].tenant.tenantId: d4d3e428-77c3-57f7-82e4-dffbf02de9c3 is the host tenant's"
                        + " own id"));
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ExamplePlansTest.example(VENDOR));
        ArrayNode accounts = (ArrayNode) root.at("/vendors/accounts");
        ((ObjectNode) accounts.get(0)).put("contactEmail", "nope");
        ((ObjectNode) accounts.get(1)).put("usageLocation", "ZZ");
        ((ObjectNode) accounts.get(2)).put("userPrincipalName", "x@contoso1.com");
        ((ObjectNode) accounts.get(3)).remove("displayName");
        List<String> paths = PlanJson.read(JSON.writeValueAsString(root)).errors().stream().map(Problem::path)
                .toList();
        assertThat(paths).containsExactlyInAnyOrder("vendors.accounts[0].contactEmail",
                "vendors.accounts[1].usageLocation", "vendors.accounts[2].userPrincipalName",
                "vendors.accounts[3].displayName");
    }

    @Test
    void aBrokenHostDomainIsReportedOnceNotOnEveryAccount() throws Exception {
        PlanLoadResult result = mutated(VENDOR, "/hostTenant/domain", "\"abc.com.\"");
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("hostTenant.domain: ends with a dot; write \u201cabc.com\u201d");
    }

    @Test
    void onlyTheChosenScenarioSectionIsChecked() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ExamplePlansTest.example(FED));
        root.set("vendors", JSON.readTree("{\"accounts\":[]}"));
        assertThat(PlanJson.read(JSON.writeValueAsString(root)).problems()).isEmpty();
    }
}
