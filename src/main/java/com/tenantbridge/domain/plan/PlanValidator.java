package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.domain.validation.DomainNames;
import com.tenantbridge.domain.validation.EmailAddresses;
import com.tenantbridge.domain.validation.UserPrincipalNames;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a plan before anything is written anywhere and returns every problem with its field path.
 * Only the section of the chosen scenario is checked.
 */
public final class PlanValidator {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HTTPS_URL = Pattern.compile("https://([^/?#:]+)(:\\d{1,5})?([/?#].*)?");
    /** Teams keeps at most 4,000 domains in AllowedDomains or BlockedDomains. */
    static final int MAX_FEDERATION_DOMAINS = 4000;
    static final int MAX_NAME = 256;

    private final List<Problem> problems = new ArrayList<>();
    /** The plan checked; each scenario's rules (FederationRules, ...) read it and report through this. */
    final DeploymentPlan plan;

    private PlanValidator(DeploymentPlan plan) {
        this.plan = plan;
    }

    public static List<Problem> validate(DeploymentPlan plan) {
        PlanValidator v = new PlanValidator(plan);
        v.run();
        return List.copyOf(v.problems);
    }

    private void run() {
        if (plan.schemaVersion() != DeploymentPlan.SCHEMA_VERSION) {
            error("schemaVersion", "this TenantBridge works with schemaVersion " + DeploymentPlan.SCHEMA_VERSION);
        }
        if (plan.planId() != null && !plan.planId().matches("[A-Za-z0-9-]{1,64}")) {
            error("planId", "a plan id is letters, digits and hyphens (at most 64); remove it and TenantBridge"
                    + " gives the plan a new one");
        }
        text("name", plan.name(), 120);
        hostTenant();
        acceptedDeviations();
        LegacyApp.note(plan).ifPresent(problems::add);
        if (plan.scenario() == null) {
            error("scenario", "choose a scenario: " + String.join(", ", PlanJson.enumNames(Scenario.class)));
            return;
        }
        switch (plan.scenario()) {
            case FEDERATION -> required("federation",
                    plan.federation()).ifPresent(new FederationRules(this)::federation);
            case GUEST_ACCESS -> required("guestAccess", plan.guestAccess())
                    .ifPresent(new GuestAccessRules(this)::guestAccess);
            case VENDOR_ACCOUNTS -> required("vendors", plan.vendors()).ifPresent(new VendorRules(this)::vendors);
            case ANONYMOUS_JOIN -> required("anonymousJoin", plan.anonymousJoin())
                    .ifPresent(new AnonymousJoinRules(this)::anonymousJoin);
        }
    }

    private void acceptedDeviations() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.acceptedDeviations().size(); i++) {
            String p = "acceptedDeviations[" + i + "]";
            String id = plan.acceptedDeviations().get(i);
            if (id == null || com.tenantbridge.domain.scenario.Baseline.byId(id).isEmpty()) {
                error(p, "\u201c" + id + "\u201d is not a baseline rule TenantBridge checks; use one of "
                        + String.join(", ", com.tenantbridge.domain.scenario.Baseline.ids()));
            } else if (!seen.add(id.toLowerCase(Locale.ROOT))) {
                error(p, id + " is listed twice");
            }
        }
    }

    // ---- host tenant --------------------------------------------------------------------------------

    private void hostTenant() {
        required("hostTenant", plan.hostTenant()).ifPresent(t -> tenant("hostTenant", t));
    }

    void tenant(String path, TenantRef t) {
        text(path + ".name", t.name(), MAX_NAME);
        tenantDomain(path + ".domain", t.domain());
        Set<String> seen = new HashSet<>();
        if (t.domain() != null) {
            seen.add(t.domain().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < t.additionalDomains().size(); i++) {
            String p = path + ".additionalDomains[" + i + "]";
            String d = t.additionalDomains().get(i);
            if (tenantDomain(p, d) && !seen.add(d.toLowerCase(Locale.ROOT))) {
                error(p, d + " is listed twice");
            }
        }
        if (t.tenantId() != null && !GUID.matcher(t.tenantId()).matches()) {
            error(path + ".tenantId", "\u201c" + t.tenantId() + "\u201d is not a tenant id (a GUID such as"
                    + " 72f988bf-86f1-41af-91ab-2d7cd011db47)");
        }
    }

    /** A domain that names a tenant: valid, and not a consumer mail service. */
    boolean tenantDomain(String path, String domain) {
        Optional<String> problem = DomainNames.problem(domain);
        if (problem.isPresent()) {
            error(path, problem.get());
            return false;
        }
        if (DomainNames.isConsumer(domain)) {
            error(path, domain + " is a consumer mail domain, not a Microsoft 365 tenant's domain");
            return false;
        }
        return true;
    }

    /** The host's valid domains: a broken host domain is reported once, not again on every UPN. */
    List<String> hostDomains() {
        return plan.hostTenant() == null ? List.of()
                : plan.hostTenant().allDomains().stream().filter(DomainNames::isValid).toList();
    }

    boolean isHostDomain(String domain) {
        return hostDomains().stream().anyMatch(d -> DomainNames.sameDomain(d, domain));
    }

    void timeZone(String path, String zone) {
        if (zone == null || zone.isBlank()) {
            error(path, "required (an IANA time zone such as Europe/Berlin, or UTC)");
            return;
        }
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            error(path, "\u201c" + zone + "\u201d is not a time zone (use an IANA name such as Europe/Berlin,"
                    + " or UTC)");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    <T> Optional<T> required(String path, T value) {
        if (value == null) {
            error(path, "required");
        }
        return Optional.ofNullable(value);
    }

    boolean text(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            error(path, "required");
            return false;
        }
        if (value.length() > max) {
            error(path, "longer than " + max + " characters");
            return false;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            error(path, "contains control characters");
            return false;
        }
        // Names and companies also come from CSV files and the wizard, not only from a plan file's tree.
        String hidden = PlanText.problem(value, path.endsWith(".subject"));
        if (hidden != null) {
            error(path, hidden);
            return false;
        }
        return true;
    }

    /**
     * A name that ends up in the credentials handout and CSV exports: one starting like a spreadsheet formula
     * (= + - @) is refused, since someone opening the file could run it (CSV injection).
     */
    boolean cell(String path, String value) {
        if (!text(path, value, MAX_NAME)) {
            return false;
        }
        if ("=+-@".indexOf(value.strip().charAt(0)) >= 0) {
            error(path, "starts with \u201c" + value.strip().charAt(0) + "\u201d, which a spreadsheet would run as a"
                    + " formula");
            return false;
        }
        return true;
    }

    boolean email(String path, String value) {
        Optional<String> problem = EmailAddresses.problem(value);
        problem.ifPresent(m -> error(path, m));
        return problem.isEmpty();
    }

    boolean upn(String path, String value) {
        Optional<String> problem = UserPrincipalNames.problem(value, hostDomains());
        problem.ifPresent(m -> error(path, m));
        return problem.isEmpty();
    }

    void httpsUrl(String path, String value) {
        if (value == null || value.isBlank()) {
            error(path, "required (for example " + GuestAccessPlan.DEFAULT_REDIRECT_URL + ")");
            return;
        }
        var m = HTTPS_URL.matcher(value);
        if (!m.matches()) {
            error(path, "\u201c" + value + "\u201d is not an https:// address");
            return;
        }
        DomainNames.problem(m.group(1)).ifPresent(problem -> error(path, "host " + problem));
    }

    static String names(List<LicenceSku> skus) {
        return String.join(", ", skus.stream().map(LicenceSku::partNumber).toList());
    }

    void error(String path, String message) {
        problems.add(Problem.error(path, message));
    }

    void warning(String path, String message) {
        problems.add(Problem.warning(path, message));
    }
}
