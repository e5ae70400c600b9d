package com.tenantbridge.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.TechnicianApp;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.FakeDialogs;
import com.tenantbridge.ui.SyncTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DetailsStepViewModelTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private DetailsStepViewModel vm = new DetailsStepViewModel(new SyncTasks(), dialogs);
    /** What the shell holds: every edit is committed and every step told, as ShellViewModel does. */
    private DeploymentPlan plan;
    private int edits;

    private void open(DeploymentPlan p) {
        plan = p;
        vm.setOnEdit(() -> {
            edits++;
            plan = vm.commit(plan);
            vm.planChanged(plan);
        });
        vm.onEnter(p);
    }

    private java.util.List<String> errorPaths() {
        return vm.problems().stream().filter(Problem::isError).map(Problem::path).toList();
    }

    private DeploymentPlan example(Scenario scenario) {
        return ExamplePlans.load(ExamplePlans.forScenario(scenario)).plan();
    }

    @Test
    void anExamplePlanIsValidAndSummarised() {
        vm.onEnter(example(Scenario.FEDERATION));
        assertThat(vm.validProperty().get()).isTrue();
        // The example reproduces Microsoft's Remote Assist article: Details says when that app ends, and nothing else.
        assertThat(vm.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.toString()).startsWith("technicianApp: Dynamics 365 Remote Assist on HoloLens 2 reaches end"
                    + " of support on 2026-12-31");
        });
        assertThat(vm.summary()).extracting(s -> s.title()).contains("ABC (abc.com) \u2014 host",
                "Contoso1 (contoso1.com) \u2014 partner", "Between partners");
        assertThat(vm.sectionMissingProperty().get()).isFalse();
    }

    @Test
    void theTechniciansAppAndKeepingItPastItsEndAreCommittedWithThePlansOtherDeviations() {
        DeploymentPlan plan = example(Scenario.FEDERATION).withAcceptedDeviations(List.of("MS.TEAMS.2.1v2",
                "D365-MR-EOS-2026"));
        vm.onEnter(plan);
        assertThat(vm.app().appProperty().get()).isEqualTo(TechnicianApp.REMOTE_ASSIST_HOLOLENS);
        assertThat(vm.app().keepPastEndProperty().get()).isTrue();

        vm.app().appProperty().set(TechnicianApp.TEAMS_MOBILE);
        DeploymentPlan moved = vm.commit(plan);
        assertThat(moved.technicianApp()).isEqualTo(TechnicianApp.TEAMS_MOBILE);
        assertThat(moved.acceptedDeviations()).as("Teams mobile keeps nothing past an end")
                .containsExactly("MS.TEAMS.2.1v2");

        vm.app().appProperty().set(TechnicianApp.GUIDES_HOLOLENS);
        vm.app().keepPastEndProperty().set(false);
        assertThat(vm.commit(plan).acceptedDeviations()).containsExactly("MS.TEAMS.2.1v2");
        vm.app().keepPastEndProperty().set(true);
        assertThat(vm.commit(plan).acceptedDeviations()).containsExactly("MS.TEAMS.2.1v2", "D365-MR-EOS-2026");
        assertThat(vm.commit(plan).technicianApp()).isEqualTo(TechnicianApp.GUIDES_HOLOLENS);
    }

    @Test
    void aPlanThatNamedNoAppKeepsNoneUntilTheAdminChoosesOne() {
        DeploymentPlan old = example(Scenario.FEDERATION).withTechnicianApp(null);
        vm.onEnter(old);
        assertThat(vm.commit(old).technicianApp()).isNull();
        vm.app().appProperty().set(TechnicianApp.TEAMS_DESKTOP);
        assertThat(vm.commit(old).technicianApp()).isEqualTo(TechnicianApp.TEAMS_DESKTOP);
    }

    @Test
    void editingTheHostDomainInvalidatesTheVendorUpns() {
        DeploymentPlan plan = example(Scenario.VENDOR_ACCOUNTS);
        vm.onEnter(plan);
        vm.hostDomainProperty().set("abc.org");
        vm.planChanged(vm.commit(plan));
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).extracting(Problem::path).contains("vendors.accounts[0].userPrincipalName");
    }

    @Test
    void commitTrimsAndKeepsTheOtherHostFields() {
        DeploymentPlan plan = example(Scenario.GUEST_ACCESS);
        vm.onEnter(plan);
        vm.planNameProperty().set("  Experts into Contoso  ");
        vm.hostNameProperty().set("ABC Corp");
        DeploymentPlan committed = vm.commit(plan);
        assertThat(committed.name()).isEqualTo("Experts into Contoso");
        assertThat(committed.hostTenant().name()).isEqualTo("ABC Corp");
        assertThat(committed.hostTenant().domain()).isEqualTo("abc.com");
        assertThat(committed.guestAccess()).isEqualTo(plan.guestAccess());
    }

    @Test
    void aNewPlansUntitledIsThePromptNotAValueAndLeavingKeepsThePlanUnchanged() {
        DeploymentPlan plan = DeploymentPlan.empty().withScenario(Scenario.FEDERATION);
        vm.onEnter(plan);
        assertThat(vm.planNameProperty().get()).isEmpty();
        assertThat(vm.commit(plan)).isEqualTo(plan);
        vm.planNameProperty().set("ABC and Contoso");
        assertThat(vm.commit(plan).name()).isEqualTo("ABC and Contoso");
    }

    @Test
    void aScenarioWithoutItsSectionOffersTheExample() {
        DeploymentPlan plan = DeploymentPlan.empty().withScenario(Scenario.FEDERATION);
        vm.onEnter(plan);
        assertThat(vm.sectionMissingProperty().get()).isTrue();
        assertThat(vm.validProperty().get()).isFalse();
        int[] edits = {0};
        vm.setOnEdit(() -> edits[0]++);
        vm.startFromExample();
        assertThat(edits[0]).isEqualTo(1);
        DeploymentPlan filled = vm.commit(plan);
        vm.planChanged(filled);
        assertThat(filled.federation()).isEqualTo(example(Scenario.FEDERATION).federation());
        assertThat(filled.name()).isEqualTo(DeploymentPlan.UNTITLED);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyExampleSurvivesItsFormUnchanged(Scenario scenario) {
        DeploymentPlan example = example(scenario);
        open(example);
        assertThat(vm.commit(example)).isEqualTo(example);
        assertThat(edits).isZero();
    }

    @Test
    void aNewPartnerIsCheckedAtItsOwnFields() {
        open(example(Scenario.FEDERATION));
        var partner = vm.federation().addPartner();
        assertThat(errorPaths()).contains("federation.partners[2].tenant.domain");
        partner.name.set("Fabrikam");
        partner.domain.set("fabrikam.com.");
        assertThat(vm.problems()).filteredOn(p -> p.path().equals("federation.partners[2].tenant.domain"))
                .extracting(Problem::message).first().asString().contains("dot");
        partner.domain.set("fabrikam.com");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(plan.federation().partners()).hasSize(3);
        assertThat(plan.federation().partners().get(2).tenant().domain()).isEqualTo("fabrikam.com");
        assertThat(vm.runbookTenants()).contains("fabrikam.com");
        vm.runbookTenantProperty().set("fabrikam.com");
        assertThat(vm.runbookProperty().get()).contains("Set-CsTenantFederationConfiguration", "abc.com");
    }

    @Test
    void blockedDomainsAreKeptAsTypedSoTheValidatorCanSayTheyDoNothing() {
        open(example(Scenario.FEDERATION));
        vm.federation().blockedDomains.set("northwind.com");
        assertThat(errorPaths()).contains("federation.blockedDomains");
        vm.federation().mode.set(com.tenantbridge.domain.plan.FederationMode.BLOCK_SPECIFIC);
        assertThat(plan.federation().blockedDomains()).containsExactly("northwind.com");
        assertThat(errorPaths()).doesNotContain("federation.blockedDomains");
    }

    @Test
    void anotherTechnicianTenantStartsWithTheSameTeamAndExperts() {
        open(example(Scenario.GUEST_ACCESS));
        var target = vm.guests().addTarget();
        assertThat(target.team.get()).isEqualTo("Remote Assist Experts");
        assertThat(target.guests).extracting(g -> g.email.get()).containsExactly("Expert1@abc.com", "Expert2@abc.com");
        assertThat(errorPaths()).contains("guestAccess.targets[2].tenant.domain");
        target.name.set("Contoso3");
        target.domain.set("contoso3.com");
        assertThat(vm.validProperty().get()).isTrue();
        target.guests.get(0).email.set("not-an-email");
        assertThat(errorPaths()).containsExactly("guestAccess.targets[2].guests[0].email");
    }

    @Test
    void suggestedBarriersFollowTheCompaniesAndValidate() {
        DeploymentPlan example = example(Scenario.VENDOR_ACCOUNTS);
        open(example.withVendors(new com.tenantbridge.domain.plan.VendorPlan(example.vendors().licence(),
                example.vendors().accounts().stream().map(a -> new com.tenantbridge.domain.plan.VendorAccount(
                        a.displayName(), a.userPrincipalName(), a.contactEmail(), a.company(), a.usageLocation(), null,
                        a.device())).toList(), null)));
        assertThat(vm.problems()).filteredOn(p -> p.isError()).as("the plan's answers keep the vendors apart")
                .extracting(Object::toString).containsExactly("vendors.informationBarriers: Vendor1, Vendor2,"
                        + " Independent contractor reach each other's accounts: same tenant, by name, and no"
                        + " information barriers; the plan's answers say vendors of different companies must be kept"
                        + " apart.");
        vm.suggestBarriers();
        assertThat(plan.vendors().informationBarriers()).as("cancelled: nothing suggested").isNull();
        assertThat(dialogs.textLabels).containsExactly(List.of("Vendor1: support engineers",
                "Vendor2: support engineers", "Independent contractor: support engineers"));
        dialogs.textAnswers.add(List.of("Expert1@abc.com", "Expert2@abc.com", "Expert3@abc.com, Expert4@abc.com"));
        vm.suggestBarriers();
        var barriers = plan.vendors().informationBarriers();
        assertThat(barriers.segments()).extracting(s -> s.members()).containsExactly(List.of(),
                List.of("Expert1@abc.com"), List.of(), List.of("Expert2@abc.com"), List.of(),
                List.of("Expert3@abc.com", "Expert4@abc.com"));
        assertThat(barriers.segments()).extracting(s -> s.name()).containsExactly("V1_RemoteAssistUser",
                "V1_SupportEngineer", "V2_RemoteAssistUser", "V2_SupportEngineer", "V3_RemoteAssistUser",
                "V3_SupportEngineer");
        assertThat(barriers.policies()).hasSize(6);
        assertThat(plan.vendors().accounts()).extracting(a -> a.segment()).containsExactly("V1_RemoteAssistUser",
                "V1_RemoteAssistUser", "V2_RemoteAssistUser", "V3_RemoteAssistUser");
        assertThat(errorPaths()).isEmpty();
        dialogs.textAnswers.add(List.of("Expert1@abc.com", "Expert2@abc.com", "Expert3@abc.com"));
        vm.suggestBarriers();
        assertThat(dialogs.textInitial.get(2)).as("asked again, with what the segments hold")
                .containsExactly("Expert1@abc.com", "Expert2@abc.com", "Expert3@abc.com, Expert4@abc.com");
    }

    @Test
    void aSupportSegmentWithoutMembersIsAnErrorAtItsField() {
        open(example(Scenario.VENDOR_ACCOUNTS));
        assertThat(vm.validProperty().get()).isTrue();
        vm.vendors().segments.get(3).members.set("");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).filteredOn(p -> p.isError()).extracting(Object::toString).containsExactly(
                "vendors.informationBarriers.segments[3].members: V2_SupportEngineer has no members: Vendor2's"
                        + " accounts reach no support engineer.");
    }

    @Test
    void aNewAccountGetsTheHostDomainAndItsNeighboursLocation() {
        open(example(Scenario.VENDOR_ACCOUNTS));
        var account = vm.vendors().addAccount();
        assertThat(account.userPrincipalName.get()).isEqualTo("@abc.com");
        assertThat(account.usageLocation.get()).isEqualTo("US");
        assertThat(errorPaths()).contains("vendors.accounts[4].userPrincipalName", "vendors.accounts[4].contactEmail");
        vm.vendors().removeAccount(account);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void aGoodSpreadsheetAddsItsRows() throws Exception {
        open(example(Scenario.VENDOR_ACCOUNTS));
        Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "displayName;userPrincipalName;contactEmail;company;usageLocation;segment;device\n"
                + "Vendor2 B;Vendor2_B_SA@abc.com;b@vendor2.com;Vendor2;de;V2_RemoteAssistUser;mobile\n");
        dialogs.csvAnswers.add(csv);
        vm.importVendors();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Imported 1 account from more.csv.");
        assertThat(plan.vendors().accounts()).hasSize(5);
        assertThat(plan.vendors().accounts().get(4).usageLocation()).isEqualTo("DE");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void accountsTheConnectedTenantHasAlreadyAreNamedAfterTheImport() throws Exception {
        try (com.tenantbridge.demo.DemoTenantServer server = com.tenantbridge.demo.DemoTenantServer.start(
                com.tenantbridge.demo.DemoOptions.inMemory())) {
            java.util.Set<String> domains = new java.util.HashSet<>();
            server.tenants().forEach(t -> domains.addAll(t.domains()));
            var connected = new com.tenantbridge.DemoConnections(server.graphBaseUrl(), domains);
            vm = new DetailsStepViewModel(new SyncTasks(), dialogs, () -> connected);
            open(example(Scenario.VENDOR_ACCOUNTS));
            Path csv = dir.resolve("more.csv");
            Files.writeString(csv, "displayName,userPrincipalName,contactEmail,company,usageLocation,segment\n"
                    + "New,Vendor2_B_SA@abc.com,b@vendor2.com,Vendor2,DE,V2_RemoteAssistUser\n"
                    + "Tech,Technician2@abc.com,t@vendor2.com,Vendor2,DE,V2_RemoteAssistUser\n");
            dialogs.csvAnswers.add(csv);
            vm.importVendors();
            assertThat(dialogs.errors).isEmpty();
            assertThat(plan.vendors().accounts()).hasSize(6);
            assertThat(vm.statusProperty().get()).isEqualTo("Imported 2 accounts from more.csv; 1 exists in abc.com"
                    + " already.");
            assertThat(dialogs.warnings).hasSize(1);
            assertThat(dialogs.warnings.get(0).details()).singleElement().asString()
                    .contains("row 3, column userPrincipalName", "Technician2");
        }
    }

    @Test
    void aSpreadsheetWithABadRowAddsNothingAndNamesEveryBadCell() throws Exception {
        open(example(Scenario.VENDOR_ACCOUNTS));
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "displayName,userPrincipalName,contactEmail,company,usageLocation,segment,device\n"
                + "Good,Good_SA@abc.com,good@vendor9.com,Vendor9,US,V1_RemoteAssistUser,hololens\n"
                + "Bad,Vendor1_A_SA@abc.com,not-an-email,Vendor9,USA,V1_RemoteAssistUser,tablet\n");
        dialogs.csvAnswers.add(csv);
        vm.importVendors();
        assertThat(plan.vendors().accounts()).hasSize(4);
        assertThat(edits).isZero();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0).details()).anyMatch(d -> d.contains("row 3, column device"))
                .anyMatch(d -> d.contains("row 3, column contactEmail"))
                .anyMatch(d -> d.contains("row 3, column usageLocation"))
                .anyMatch(d -> d.contains("row 3, column userPrincipalName") && d.contains("account 1 of the plan"));
    }

    @Test
    void aTimeThatIsNotATimeIsNamedAtItsField() {
        open(example(Scenario.ANONYMOUS_JOIN));
        vm.anonymousJoin().startTime.set("25:00");
        assertThat(vm.problems()).filteredOn(p -> p.path().equals("anonymousJoin.meeting.start"))
                .extracting(Problem::message).singleElement().asString()
                .contains("\u201c25:00\u201d is not a time of day");
        assertThat(vm.validProperty().get()).isFalse();
        vm.anonymousJoin().startTime.set("9:30");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(plan.anonymousJoin().meeting().start()).isEqualTo(LocalDateTime.parse("2027-01-14T09:30:00"));
        vm.anonymousJoin().endTime.set("09:00");
        assertThat(errorPaths()).containsExactly("anonymousJoin.meeting.end");
    }

    @Test
    void theOrganizerCanBeGivenThePolicyInOneStep() {
        open(example(Scenario.ANONYMOUS_JOIN));
        vm.anonymousJoin().organizer.set("Technician2@abc.com");

        assertThat(errorPaths()).containsExactly("anonymousJoin.meetingPolicy.assignTo");
        vm.anonymousJoin().organizerToPolicy();
        assertThat(plan.anonymousJoin().meetingPolicy().assignTo()).containsExactly("Technician1@abc.com",
                "Technician2@abc.com");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void theMatrixFollowsEveryEditOfSegmentsAndPolicies() {
        open(example(Scenario.VENDOR_ACCOUNTS));
        var v1ToExpert2 = (java.util.function.Supplier<com.tenantbridge.domain.reach.Verdict>) () -> vm.reachProperty()
                .get().row("account:vendor1_a_sa@abc.com", "person:expert2@abc.com").orElseThrow().overall();
        assertThat(v1ToExpert2.get()).isEqualTo(com.tenantbridge.domain.reach.Verdict.NO);
        assertThat(vm.reachBySegmentProperty().get().segments()).hasSize(7);

        vm.vendors().accounts.get(0).segment.set("V2_RemoteAssistUser");
        assertThat(v1ToExpert2.get()).isEqualTo(com.tenantbridge.domain.reach.Verdict.YES);

        vm.vendors().accounts.get(0).segment.set("V1_RemoteAssistUser");
        var policy = vm.vendors().policies.stream().filter(p -> p.name.get().equals("V1_RemoteAssistUser-allow"))
                .findFirst().orElseThrow();
        policy.segments.set("V1_RemoteAssistUser, V1_SupportEngineer, V2_SupportEngineer");
        assertThat(v1ToExpert2.get()).as("V2_SupportEngineer's own policy still leaves V1 out")
                .isEqualTo(com.tenantbridge.domain.reach.Verdict.NO);

        vm.vendors().barriers.set(false);
        assertThat(vm.reachProperty().get().row("account:vendor1_a_sa@abc.com", "account:vendor2_a_sa@abc.com")
                .orElseThrow().overall()).isEqualTo(com.tenantbridge.domain.reach.Verdict.YES);
        assertThat(vm.reachBySegmentProperty().get().segments()).isEmpty();
    }

    @Test
    void aMeetingInThePastIsNamedAtItsFieldBeforeAnyCheck() {
        vm.setClock(java.time.Clock.fixed(java.time.Instant.parse("2027-03-01T08:00:00Z"), java.time.ZoneOffset.UTC));
        open(example(Scenario.ANONYMOUS_JOIN));
        assertThat(vm.problems()).filteredOn(p -> p.path().equals("anonymousJoin.meeting.start"))
                .extracting(Problem::message).singleElement().asString().startsWith("in the past (2027-01-14");
        assertThat(vm.validProperty().get()).isFalse();
        vm.anonymousJoin().date.set(java.time.LocalDate.of(2027, 3, 2));
        assertThat(vm.validProperty().get()).isTrue();
    }
}
