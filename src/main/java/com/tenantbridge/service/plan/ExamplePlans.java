package com.tenantbridge.service.plan;

import com.tenantbridge.domain.intent.Intent;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.domain.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The plans in assets/examples that reproduce the documentation's examples, shipped inside the jar. */
public final class ExamplePlans {

    public record Example(Scenario scenario, String title, String fileName) {
    }

    public static final List<Example> ALL = List.of(
            new Example(Scenario.FEDERATION, "ABC federates with Contoso1 and Contoso2", "federation-abc-contoso.json"),
            new Example(Scenario.GUEST_ACCESS, "ABC experts guested into Contoso1 and Contoso2",
                    "guest-access-abc-experts.json"),
            new Example(Scenario.VENDOR_ACCOUNTS, "Service accounts for Vendor1, Vendor2 and a contractor",
                    "vendor-accounts-abc.json"),
            new Example(Scenario.VENDOR_ACCOUNTS, "Vendor technicians on Teams mobile, kept apart",
                    "vendor-accounts-teams-mobile.json"),
            new Example(Scenario.ANONYMOUS_JOIN, "A HoloLens technician invites the OEM expert",
                    "anonymous-join-oem-expert.json"));

    private ExamplePlans() {
    }

    /** The scenario's first example: the one that reproduces Microsoft's 2024 article. */
    public static Example forScenario(Scenario scenario) {
        return ALL.stream().filter(e -> e.scenario() == scenario).findFirst().orElseThrow();
    }

    /**
     * The example a new plan starts from: one whose technicians use Teams mobile where there is one, so a new plan
     * never proposes Remote Assist, which cannot be bought since 2025-11-01.
     */
    public static Example forNewPlan(Scenario scenario) {
        return ALL.stream().filter(e -> e.scenario() == scenario && load(e).plan().technicianApp()
                == com.tenantbridge.domain.plan.TechnicianApp.TEAMS_MOBILE).findFirst()
                .orElseGet(() -> forScenario(scenario));
    }

    /**
     * Whether {@code plan} is one of the shipped examples, by its plan id: its meeting follows the day it is opened
     * ({@link PlanDates}) so that it never expires, as the wizard's proposal does.
     */
    public static boolean isShipped(com.tenantbridge.domain.plan.DeploymentPlan plan) {
        return plan.planId() != null && ids().contains(plan.planId());
    }

    private static java.util.Set<String> ids;

    private static synchronized java.util.Set<String> ids() {
        if (ids == null) {
            ids = ALL.stream().map(e -> load(e).plan().planId()).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return ids;
    }

    public static PlanLoadResult load(Example example) {
        String resource = "/com/tenantbridge/examples/" + example.fileName();
        try (InputStream in = ExamplePlans.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package " + resource);
            }
            return Intent.proven(PlanJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
