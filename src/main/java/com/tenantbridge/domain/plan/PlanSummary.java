package com.tenantbridge.domain.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The plan's desired state in plain sentences, grouped by the tenant (and area) it concerns. It says
 * what the plan wants, not what will change: the diff against a tenant belongs to the engine.
 * Tolerates incomplete plans, since the wizard shows it while the admin is still typing.
 */
public final class PlanSummary {

    public record Section(String title, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PlanSummary() {
    }

    public static List<Section> of(DeploymentPlan plan) {
        if (plan.scenario() == null) {
            return List.of();
        }
        return switch (plan.scenario()) {
            case FEDERATION -> plan.federation() == null ? List.of() : federation(plan);
            case GUEST_ACCESS -> plan.guestAccess() == null ? List.of() : guestAccess(plan.guestAccess());
            case VENDOR_ACCOUNTS -> plan.vendors() == null ? List.of() : vendors(plan);
            case ANONYMOUS_JOIN -> plan.anonymousJoin() == null ? List.of() : anonymousJoin(plan);
        };
    }

    private static String tenant(TenantRef t) {
        if (t == null) {
            return "(tenant not set)";
        }
        return t.domain() == null ? t.label() : t.label() + " (" + t.domain() + ")";
    }

    private static List<Section> federation(DeploymentPlan plan) {
        FederationPlan f = plan.federation();
        List<Section> sections = new ArrayList<>();
        List<String> partnerDomains = f.partners().stream().filter(Objects::nonNull)
                .map(PartnerTenant::tenant).filter(Objects::nonNull)
                .flatMap(t -> t.allDomains().stream()).toList();
        List<String> host = new ArrayList<>();
        host.add("Teams external access: " + (f.mode() == null ? "(mode not set)" : f.mode().label()));
        if (f.mode() == FederationMode.ALLOW_SPECIFIC) {
            host.add("Allowed domains: " + list(partnerDomains));
        } else if (f.mode() == FederationMode.BLOCK_SPECIFIC) {
            host.add("Blocked domains: " + list(f.blockedDomains()));
        } else if (f.mode() == FederationMode.OPEN) {
            host.add("Every external domain may reach this tenant's users");
        }
        sections.add(new Section(tenant(plan.hostTenant()) + " \u2014 host", host));
        String hostDomain = plan.hostTenant() == null ? "the host" : plan.hostTenant().domain();
        for (PartnerTenant p : f.partners()) {
            if (p == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add("Teams external access: " + (p.mode() == null ? "(mode not set)" : p.mode().label()));
            if (p.mode() == FederationMode.ALLOW_SPECIFIC) {
                lines.add("Allowed domains include " + hostDomain);
            } else {
                lines.add(hostDomain + " is not blocked");
            }
            crossTenantAccess(p.crossTenantAccess(), plan.hostTenant(), lines);
            lines.add("Run by this tenant's admin: its half comes out as its own plan and runbook");
            sections.add(new Section(tenant(p.tenant()) + " \u2014 partner", lines));
        }
        if (partnerDomains.size() > 1 && f.partners().stream().filter(Objects::nonNull)
                .allMatch(p -> p.mode() == FederationMode.ALLOW_SPECIFIC)) {
            sections.add(new Section("Between partners", List.of("The partners are not federated with each other:"
                    + " each allows only " + hostDomain)));
        }
        return sections;
    }

    private static void crossTenantAccess(CrossTenantAccess cta, TenantRef other, List<String> lines) {
        if (cta == null) {
            return;
        }
        String who = other == null ? "the other tenant" : other.label();
        add(lines, "B2B collaboration inbound from " + who, cta.b2bCollaborationInbound());
        add(lines, "B2B collaboration outbound to " + who, cta.b2bCollaborationOutbound());
        add(lines, "B2B direct connect inbound from " + who, cta.b2bDirectConnectInbound());
        add(lines, "B2B direct connect outbound to " + who, cta.b2bDirectConnectOutbound());
    }

    private static void add(List<String> lines, String what, AccessSetting setting) {
        if (setting != null && setting != AccessSetting.INHERIT) {
            lines.add("Microsoft Entra cross-tenant access: " + what + " "
                    + setting.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static List<Section> guestAccess(GuestAccessPlan g) {
        List<Section> sections = new ArrayList<>();
        for (GuestTarget t : g.targets()) {
            if (t == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add("Teams guest access on");
            crossTenantAccess(t.crossTenantAccess(), null, lines);
            String where = "team \u201c" + Objects.toString(t.team(), "?") + "\u201d"
                    + (t.channel() == null ? "" : ", channel \u201c" + t.channel() + "\u201d");
            for (Guest guest : t.guests()) {
                if (guest != null) {
                    lines.add("Invite " + guest.email() + (guest.displayName() == null ? ""
                            : " (" + guest.displayName() + ")") + " as a guest and add to the " + where);
                }
            }
            sections.add(new Section(tenant(t.tenant()) + " \u2014 technicians' tenant", lines));
        }
        return sections;
    }

    private static List<Section> vendors(DeploymentPlan plan) {
        VendorPlan v = plan.vendors();
        List<Section> sections = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        String licence = v.licence() == null ? "(licence not set)" : v.licence().productName()
                + (v.licence().endsWithRemoteAssist() ? " (ends " + SupportDates.REMOTE_ASSIST_END + ")" : "");
        for (VendorAccount a : v.accounts()) {
            if (a != null) {
                lines.add("Create " + a.userPrincipalName() + " for " + a.contactEmail() + " ("
                        + Objects.toString(a.company(), "?") + "), usage location "
                        + Objects.toString(a.usageLocation(), "?") + ", licence " + licence
                        + (a.device() == Device.HOLOLENS ? ", HoloLens: hand out a device PIN, not the password" : ""));
            }
        }
        lines.add("One-time passwords go only into the credentials handout file you choose");
        sections.add(new Section(tenant(plan.hostTenant()) + " \u2014 service accounts", lines));
        BarrierPlan b = v.informationBarriers();
        if (b != null) {
            List<String> ib = new ArrayList<>();
            String attribute = b.attribute() == null ? "?" : b.attribute().filterName();
            for (Segment s : b.segments()) {
                if (s == null) {
                    continue;
                }
                long accounts = v.accounts().stream().filter(Objects::nonNull)
                        .filter(a -> s.name() != null && s.name().equalsIgnoreCase(a.segment())).count();
                ib.add("Segment " + s.name() + ": " + attribute + " -eq '" + s.value() + "' (" + accounts
                        + " new account" + (accounts == 1 ? "" : "s")
                        + (s.members().isEmpty() ? "" : ", plus " + String.join(", ", s.members())) + ")");
            }
            for (BarrierPolicy p : b.policies()) {
                if (p != null) {
                    ib.add((p.kind() == PolicyKind.BLOCK ? "Block: " : "Allow only: ") + p.segment() + " \u2192 "
                            + list(p.segments()));
                }
            }
            ib.add("Apply the barrier policies (takes effect after about 30 minutes; large tenants up to 24 hours)");
            if (b.licence() != null) {
                ib.add("Each account also needs " + b.licence().productName() + " (" + b.licence().partNumber() + ")");
            }
            sections.add(new Section(tenant(plan.hostTenant()) + " \u2014 information barriers", ib));
        }
        return sections;
    }

    private static List<Section> anonymousJoin(DeploymentPlan plan) {
        AnonymousJoinPlan a = plan.anonymousJoin();
        List<String> lines = new ArrayList<>();
        lines.add("Anonymous users may join meetings (DisableAnonymousJoin $false)");
        MeetingPolicyPlan policy = a.meetingPolicy();
        if (policy != null) {
            lines.add("Meeting policy " + policy.name() + ": anonymous users may join; automatically admitted: "
                    + policy.autoAdmittedUsers()
                    + (policy.assignTo().isEmpty() ? "" : "; assigned to " + list(policy.assignTo())));
        }
        MeetingPlan m = a.meeting();
        if (m != null) {
            String when = m.start() == null ? "(time not set)" : WHEN.format(m.start())
                    + (m.end() == null ? "" : "\u2013" + TIME.format(m.end())) + " "
                    + Objects.toString(m.timeZone(), "");
            lines.add("Schedule \u201c" + m.subject() + "\u201d with a Teams meeting on " + m.organizer()
                    + "'s calendar, " + when.strip());
            lines.add("Invite " + list(m.attendees().stream().filter(Objects::nonNull).map(Attendee::email)
                    .toList()) + " by email; lobby bypass: " + (m.lobbyBypass() == null ? "?"
                    : PlanJson.enumNames(LobbyBypass.class).get(m.lobbyBypass().ordinal())));
        }
        return List.of(new Section(tenant(plan.hostTenant()) + " \u2014 Teams meetings", lines));
    }

    private static String list(List<String> values) {
        List<String> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? "(none)" : present.stream().collect(Collectors.joining(", "));
    }
}
