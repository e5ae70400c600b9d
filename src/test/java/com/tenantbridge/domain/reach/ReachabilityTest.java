package com.tenantbridge.domain.reach;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who can reach whom under the documentation's examples (seeds 001, 003, 004). */
class ReachabilityTest {

    private static DeploymentPlan example(String file) {
        try (var in = ReachabilityTest.class.getResourceAsStream("/com/tenantbridge/examples/" + file)) {
            return PlanJson.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).plan();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Matrix.Row row(Matrix m, String from, String to) {
        return m.row(from, to).orElseThrow(() -> new AssertionError("no pair " + from + " -> " + to + " in "
                + m.parties().stream().map(Party::id).toList()));
    }

    @Test
    void contoso1AndContoso2DoNotReachEachOtherUnderTheFederationExample() {
        Matrix m = Matrix.of(Worlds.desired(example("federation-abc-contoso.json")));
        Matrix.Row apart = row(m, "contoso1.com/others", "contoso2.com/others");
        assertThat(apart.overall()).isEqualTo(Verdict.NO);
        assertThat(apart.cell(Channel.CHAT).reason()).isEqualTo("external access: contoso1.com allows only abc.com");
        Matrix.Row partners = row(m, "abc.com/others", "contoso1.com/others");
        assertThat(partners.cell(Channel.CALL).verdict()).isEqualTo(Verdict.YES);
        assertThat(partners.cell(Channel.SEARCH)).isEqualTo(new Cell(Verdict.LIMITED,
                "external access: by full email address only"));
        assertThat(row(m, "contoso2.com/others", "abc.com/others").overall()).isEqualTo(Verdict.LIMITED);
    }

    @Test
    void underSeed003EachVendorReachesOnlyItsOwnSupportEngineers() {
        Matrix m = Matrix.of(Worlds.desired(example("vendor-accounts-abc.json")));
        assertThat(row(m, "account:vendor1_a_sa@abc.com", "person:expert1@abc.com").overall()).isEqualTo(Verdict.YES);
        assertThat(row(m, "account:vendor1_a_sa@abc.com", "account:vendor1_b_sa@abc.com").overall())
                .isEqualTo(Verdict.YES);
        Matrix.Row otherEngineer = row(m, "account:vendor1_a_sa@abc.com", "person:expert2@abc.com");
        assertThat(otherEngineer.overall()).isEqualTo(Verdict.NO);
        assertThat(otherEngineer.cell(Channel.SCREEN).reason()).isEqualTo("information barrier, policy"
                + " V1_RemoteAssistUser-allow: V1_RemoteAssistUser may reach only V1_RemoteAssistUser,"
                + " V1_SupportEngineer");
        assertThat(row(m, "account:vendor2_a_sa@abc.com", "person:expert2@abc.com").overall()).isEqualTo(Verdict.YES);
        assertThat(row(m, "account:vendor1_a_sa@abc.com", "account:vendor2_a_sa@abc.com").overall())
                .isEqualTo(Verdict.NO);
        assertThat(row(m, "abc.com/others", "account:vendor1_a_sa@abc.com").overall()).isEqualTo(Verdict.NO);
    }

    @Test
    void theOutlookContractorReachesNoOtherVendor() {
        Matrix m = Matrix.of(Worlds.desired(example("vendor-accounts-abc.json")));
        for (String vendor : List.of("account:vendor1_a_sa@abc.com", "account:vendor1_b_sa@abc.com",
                "account:vendor2_a_sa@abc.com")) {
            assertThat(row(m, "account:vendor_sa@abc.com", vendor).overall()).as(vendor).isEqualTo(Verdict.NO);
            assertThat(row(m, vendor, "account:vendor_sa@abc.com").overall()).as(vendor).isEqualTo(Verdict.NO);
        }
        assertThat(row(m, "account:vendor_sa@abc.com", "person:expert3@abc.com").overall()).isEqualTo(Verdict.YES);
    }

    @Test
    void withoutBarriersEveryServiceAccountReachesEveryOther() {
        DeploymentPlan plan = example("vendor-accounts-abc.json");
        VendorPlan v = plan.vendors();
        Matrix m = Matrix.of(Worlds.desired(plan.withVendors(new VendorPlan(v.licence(), v.accounts().stream()
                .map(a -> new VendorAccount(a.displayName(), a.userPrincipalName(), a.contactEmail(), a.company(),
                        a.usageLocation(), null, a.device())).toList(), null))));
        assertThat(m.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.overall()).isEqualTo(Verdict.YES));
        assertThat(m.parties()).filteredOn(p -> p.kind() == Party.Kind.SERVICE_ACCOUNT).hasSize(4);
    }

    @Test
    void barriersByTheSegment() {
        DeploymentPlan plan = example("vendor-accounts-abc.json");
        SegmentMatrix s = SegmentMatrix.of(Worlds.desired(plan), Worlds.segments(plan));
        assertThat(s.segments()).hasSize(7).endsWith(SegmentMatrix.NONE);
        assertThat(s.cell("V1_RemoteAssistUser", "V1_SupportEngineer").verdict()).isEqualTo(Verdict.YES);
        assertThat(s.cell("V1_RemoteAssistUser", "V2_SupportEngineer").verdict()).isEqualTo(Verdict.NO);
        assertThat(s.cell(SegmentMatrix.NONE, "V3_RemoteAssistUser").verdict()).isEqualTo(Verdict.NO);
        assertThat(s.cell(SegmentMatrix.NONE, SegmentMatrix.NONE).verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aGuestReachesOnlyItsTeamAndExternalAccessStaysUnknownUntilRead() {
        Matrix m = Matrix.of(Worlds.desired(example("guest-access-abc-experts.json")));
        String guest = "guest:contoso1.com:expert1@abc.com";
        assertThat(row(m, guest, "team:contoso1.com:Remote Assist Experts").overall()).isEqualTo(Verdict.YES);
        assertThat(row(m, guest, "contoso1.com/others").cell(Channel.CHAT).reason())
                .isEqualTo("guest access reaches only the people of Remote Assist Experts");
        assertThat(row(m, "person:expert1@abc.com", "team:contoso1.com:Remote Assist Experts").overall())
                .isEqualTo(Verdict.UNKNOWN);
        assertThat(m.row("person:expert1@abc.com", guest)).as("one human's two accounts").isEmpty();
    }

    @Test
    void theAnonymousExpertMeetsOnlyTheOrganizerInTheMeeting() {
        Matrix m = Matrix.of(Worlds.desired(example("anonymous-join-oem-expert.json")));
        String organizer = "person:technician1@abc.com";
        String expert = "anonymous:oem-expert@fabrikam.com";
        assertThat(row(m, organizer, expert).cell(Channel.MEETING).verdict()).isEqualTo(Verdict.YES);
        assertThat(row(m, expert, organizer).cell(Channel.MEETING).verdict()).isEqualTo(Verdict.NO);
        assertThat(row(m, expert, organizer).cell(Channel.CALL)).isEqualTo(new Cell(Verdict.LIMITED,
                "only in the scheduled meeting, joined by its link; skips the lobby"));
        assertThat(row(m, expert, organizer).cell(Channel.SEARCH).verdict()).isEqualTo(Verdict.NO);
        assertThat(row(m, expert, "abc.com/others").overall()).isEqualTo(Verdict.NO);
    }

    @Test
    void comparingNamesOnlyWhatChanged() {
        DeploymentPlan plan = example("vendor-accounts-abc.json");
        World after = Worlds.desired(plan);
        World before = new World(after.parties().stream().map(p -> p.kind() == Party.Kind.SERVICE_ACCOUNT
                ? p.withPresent(false) : p).toList(), after.externalAccess(), after.domains(),
                new Barriers("abc.com", after.barriers().policies(), false), after.meeting());
        var changed = Matrix.of(after).compare(Matrix.of(before));
        assertThat(changed).isNotEmpty();
        assertThat(changed).noneMatch(d -> d.from().kind() == Party.Kind.PERSON && d.to().kind() == Party.Kind.PERSON
                && d.from().segment().equals(d.to().segment()));
        var expert1To2 = changed.stream().filter(d -> d.from().id().equals("person:expert1@abc.com")
                && d.to().id().equals("person:expert2@abc.com")
                && d.channel() == Channel.CHAT).findFirst().orElseThrow();
        assertThat(expert1To2.before().verdict()).isEqualTo(Verdict.YES);
        assertThat(expert1To2.after().verdict()).isEqualTo(Verdict.NO);
        assertThat(Matrix.of(after).compare(Matrix.of(after))).isEmpty();
    }
}
