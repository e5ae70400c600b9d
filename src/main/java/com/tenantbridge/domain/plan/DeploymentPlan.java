package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tenantbridge.domain.recommend.Answers;
import com.tenantbridge.domain.scenario.Scenario;
import java.util.List;

/**
 * Everything TenantBridge will set up, for any of the four scenarios: saved as versioned JSON and
 * the single source of truth for the wizard, the CLI and the engine. Only the section of the chosen
 * scenario is used; the others may be present (the admin switched scenario) and are kept.
 */
@JsonPropertyOrder({"schemaVersion", "planId", "name", "scenario", "hostTenant", "technicianApp", "answers",
        "federation", "guestAccess", "vendors", "anonymousJoin", "acceptedDeviations", "confirmedNarrowing"})
public record DeploymentPlan(
        int schemaVersion,
        String planId,
        String name,
        Scenario scenario,
        TenantRef hostTenant,
        Answers answers,
        FederationPlan federation,
        GuestAccessPlan guestAccess,
        VendorPlan vendors,
        AnonymousJoinPlan anonymousJoin,
        List<String> acceptedDeviations,
        List<NarrowingConfirmation> confirmedNarrowing,
        TechnicianApp technicianApp) {

    /** The schema this build writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
    public static final String UNTITLED = "Untitled plan";

    public DeploymentPlan {
        if (answers == null) {
            answers = Answers.none();
        }
        acceptedDeviations = Lists.copy(acceptedDeviations);
        confirmedNarrowing = Lists.copy(confirmedNarrowing);
    }

    /** The constructor of plans that nobody has confirmed a narrowing change in. */
    public DeploymentPlan(int schemaVersion, String planId, String name, Scenario scenario, TenantRef hostTenant,
            Answers answers, FederationPlan federation, GuestAccessPlan guestAccess, VendorPlan vendors,
            AnonymousJoinPlan anonymousJoin, List<String> acceptedDeviations) {
        this(schemaVersion, planId, name, scenario, hostTenant, answers, federation, guestAccess, vendors,
                anonymousJoin, acceptedDeviations, List.of(), null);
    }

    /** The constructor of plans from before the technician's app was part of a plan. */
    public DeploymentPlan(int schemaVersion, String planId, String name, Scenario scenario, TenantRef hostTenant,
            Answers answers, FederationPlan federation, GuestAccessPlan guestAccess, VendorPlan vendors,
            AnonymousJoinPlan anonymousJoin, List<String> acceptedDeviations,
            List<NarrowingConfirmation> confirmedNarrowing) {
        this(schemaVersion, planId, name, scenario, hostTenant, answers, federation, guestAccess, vendors,
                anonymousJoin, acceptedDeviations, confirmedNarrowing, null);
    }


    public static DeploymentPlan empty() {
        return new DeploymentPlan(SCHEMA_VERSION, null, UNTITLED, null, null, Answers.none(), null, null, null, null,
                List.of(), List.of(), TechnicianApp.forNewPlans());
    }

    /**
     * What a sign-in must ask for to carry this plan out: information barriers add Compliance PowerShell, Entra
     * partner settings the cross-tenant policy permissions.
     */
    public com.tenantbridge.domain.scenario.RequiredAccess requiredAccess() {
        boolean partnerSettings = federation != null && federation.partners().stream()
                .anyMatch(p -> p != null && p.crossTenantAccess() != null)
                || guestAccess != null && guestAccess.targets().stream()
                        .anyMatch(t -> t != null && t.crossTenantAccess() != null);
        return com.tenantbridge.domain.scenario.RequiredAccess.of(scenario, vendors != null
                && vendors.informationBarriers() != null, partnerSettings);
    }

    /**
     * A new plan's id: what its journals are found by, whatever the plan is called or where its file lies. Random,
     * not derived from the name, so two plans of the same name never share runs.
     */
    public static String newId() {
        return java.util.UUID.randomUUID().toString();
    }

    /** The same plan under an id of its own: a copy that must not share the original's runs. */
    public DeploymentPlan withPlanId(String value) {
        return new DeploymentPlan(schemaVersion, value, name, scenario, hostTenant, answers, federation, guestAccess,
                vendors, anonymousJoin, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public String displayName() {
        return name == null || name.isBlank() ? UNTITLED : name;
    }

    public DeploymentPlan withName(String value) {
        return new DeploymentPlan(schemaVersion, planId, value, scenario, hostTenant, answers, federation, guestAccess,
                vendors, anonymousJoin, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public DeploymentPlan withScenario(Scenario value) {
        return new DeploymentPlan(schemaVersion, planId, name, value, hostTenant, answers, federation, guestAccess,
                vendors, anonymousJoin, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public DeploymentPlan withHostTenant(TenantRef value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, value, answers, federation, guestAccess,
                vendors, anonymousJoin, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public DeploymentPlan withAnswers(Answers value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, hostTenant, value, federation, guestAccess,
                vendors, anonymousJoin, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public DeploymentPlan withFederation(FederationPlan value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, hostTenant, answers, value, guestAccess,
                vendors, anonymousJoin, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public DeploymentPlan withGuestAccess(GuestAccessPlan value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, hostTenant, answers, federation, value,
                vendors, anonymousJoin, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public DeploymentPlan withVendors(VendorPlan value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, hostTenant, answers, federation, guestAccess,
                value, anonymousJoin, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public DeploymentPlan withAnonymousJoin(AnonymousJoinPlan value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, hostTenant, answers, federation, guestAccess,
                vendors, value, acceptedDeviations, confirmedNarrowing, technicianApp);
    }

    public DeploymentPlan withTechnicianApp(TechnicianApp value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, hostTenant, answers, federation, guestAccess,
                vendors, anonymousJoin, acceptedDeviations, confirmedNarrowing, value);
    }

    /**
     * The technician's app this plan is for. A plan written before the app was part of a plan has none; it is read
     * as its author meant it then ({@link LegacyApp}): "mobile" was Remote Assist mobile, retired, so Teams mobile;
     * otherwise Remote Assist on HoloLens 2.
     */
    public TechnicianApp app() {
        return technicianApp != null ? technicianApp : LegacyApp.understood(this);
    }

    /** Baseline rules (by id, see Baseline) the admin has knowingly accepted deviating from. */
    public DeploymentPlan withAcceptedDeviations(List<String> value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, hostTenant, answers, federation, guestAccess,
                vendors, anonymousJoin, value, confirmedNarrowing, technicianApp);
    }

    /** The narrowing changes the admin confirmed, with the words each was confirmed in. */
    public DeploymentPlan withConfirmedNarrowing(List<NarrowingConfirmation> value) {
        return new DeploymentPlan(schemaVersion, planId, name, scenario, hostTenant, answers, federation, guestAccess,
                vendors, anonymousJoin, acceptedDeviations, value, technicianApp);
    }

    /** Whether the admin confirmed the change {@code changeId} cutting off exactly {@code narrows}. */
    public boolean confirmsNarrowing(String changeId, String narrows) {
        return confirmedNarrowing.stream().anyMatch(c -> c.confirms(changeId, narrows));
    }
}
