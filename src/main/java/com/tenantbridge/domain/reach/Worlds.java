package com.tenantbridge.domain.reach;

import com.tenantbridge.domain.plan.AnonymousJoinPlan;
import com.tenantbridge.domain.plan.Attendee;
import com.tenantbridge.domain.plan.BarrierPlan;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.FederationPlan;
import com.tenantbridge.domain.plan.Guest;
import com.tenantbridge.domain.plan.GuestAccessPlan;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.domain.plan.Segment;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The world a plan asks for, once applied: its parties, the external access it sets, its barriers and its
 * meeting. Works on unfinished plans, leaving out what is not there yet. Settings the plan does not set
 * (e.g. external access in the guest scenario) stay unknown until read from the tenant.
 */
public final class Worlds {

    private Worlds() {
    }

    public static World desired(DeploymentPlan plan) {
        List<Party> parties = new ArrayList<>();
        Map<String, ExternalAccess> access = new HashMap<>();
        Map<String, List<String>> domains = new HashMap<>();
        Barriers barriers = null;
        Meeting meeting = null;
        Map<String, String> missing = new HashMap<>();
        TenantRef host = plan.hostTenant();
        String hostDomain = domain(host);
        if (plan.scenario() == null || hostDomain == null) {
            return new World(parties, access, domains, null, null);
        }
        domains.put(hostDomain, host.allDomains());
        switch (plan.scenario()) {
            case FEDERATION -> federation(plan.federation(), host, parties, access, domains);
            case GUEST_ACCESS -> guests(plan.guestAccess(), host, parties, domains, missing);
            case VENDOR_ACCOUNTS -> barriers = vendors(plan.vendors(), host, parties);
            case ANONYMOUS_JOIN -> meeting = anonymous(plan.anonymousJoin(), host, parties);
        }
        return new World(parties, access, domains, barriers, meeting, missing, planned(plan));
    }

    /**
     * What the plan itself says of annotation licences: the vendor accounts hold what their licence carries, where
     * the catalogue knows it (https://learn.microsoft.com/dynamics365/field-service/annotate-teams-mobile).
     */
    private static Map<String, String> planned(DeploymentPlan plan) {
        Map<String, String> out = new HashMap<>();
        VendorPlan v = plan.vendors();
        if (plan.scenario() != com.tenantbridge.domain.scenario.Scenario.VENDOR_ACCOUNTS || v == null
                || v.licence() == null) {
            return out;
        }
        var sku = v.licence();
        sku.serves(com.tenantbridge.domain.licensing.LicenceSku.Use.ANNOTATIONS).ifPresent(yes -> named(v)
                .forEach(a -> out.put(a.userPrincipalName().toLowerCase(Locale.ROOT), yes ? sku.productName() + " ("
                        + sku.partNumber() + ")" : "")));
        return out;
    }

    /** The segment names of a plan's barriers, in order; empty without barriers. */
    public static List<String> segments(DeploymentPlan plan) {
        if (plan.vendors() == null || plan.vendors().informationBarriers() == null) {
            return List.of();
        }
        return plan.vendors().informationBarriers().segments().stream().filter(Objects::nonNull).map(Segment::name)
                .filter(n -> n != null && !n.isBlank()).distinct().toList();
    }

    public static String domain(TenantRef t) {
        return t == null || t.domain() == null || t.domain().isBlank() ? null : t.domain().strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The party of a guest (lower-case email) in a tenant (lower-case domain). */
    public static String guestId(String tenant, String email) {
        return "guest:" + tenant + ":" + email;
    }

    /** The party standing for the members of a team (and channel, "Team / Channel") in a tenant. */
    public static String teamId(String tenant, String team) {
        return "team:" + tenant + ":" + team;
    }

    public static String othersId(String tenant) {
        return tenant + "/others";
    }

    private static Party others(String tenant, String label) {
        return new Party(othersId(tenant), label, tenant, Party.Kind.OTHERS, null, null, null, true);
    }

    private static void federation(FederationPlan f, TenantRef host, List<Party> parties,
            Map<String, ExternalAccess> access, Map<String, List<String>> domains) {
        String hostDomain = domain(host);
        parties.add(others(hostDomain, "Users of " + host.label()));
        if (f == null) {
            return;
        }
        List<String> partnerDomains = new ArrayList<>();
        for (PartnerTenant p : f.partners()) {
            String d = p == null ? null : domain(p.tenant());
            if (d == null || d.equals(hostDomain)) {
                continue;
            }
            partnerDomains.addAll(p.tenant().allDomains());
            domains.put(d, p.tenant().allDomains());
            parties.add(others(d, "Users of " + p.tenant().label()));
            access.put(d, mode(p.mode(), host.allDomains(), List.of()));
        }
        access.put(hostDomain, mode(f.mode(), partnerDomains, f.blockedDomains()));
    }

    private static ExternalAccess mode(FederationMode mode, List<String> allowed, List<String> blocked) {
        if (mode == null || mode == FederationMode.OPEN) {
            return ExternalAccess.open();
        }
        return mode == FederationMode.ALLOW_SPECIFIC ? ExternalAccess.only(allowed) : ExternalAccess.blocking(blocked);
    }

    private static void guests(GuestAccessPlan g, TenantRef host, List<Party> parties,
            Map<String, List<String>> domains, Map<String, String> missing) {
        String hostDomain = domain(host);
        Map<String, Party> homes = new LinkedHashMap<>();
        List<Party> rest = new ArrayList<>();
        if (g != null) {
            for (GuestTarget t : g.targets()) {
                String d = t == null ? null : domain(t.tenant());
                if (d == null) {
                    continue;
                }
                domains.put(d, t.tenant().allDomains());
                String team = t.team() == null ? "(team not set)" : t.team() + (t.channel() == null ? ""
                        : " / " + t.channel());
                for (Guest guest : t.guests()) {
                    if (guest == null || guest.email() == null) {
                        continue;
                    }
                    String email = guest.email().toLowerCase(Locale.ROOT);
                    String name = guest.displayName() == null ? guest.email() : guest.displayName();
                    homes.putIfAbsent(email, new Party("person:" + email, name, hostDomain, Party.Kind.PERSON, null,
                            null, email, true));
                    String id = guestId(d, email);
                    rest.add(new Party(id, name + " as a guest in " + t.tenant().label(), d, Party.Kind.GUEST, null,
                            team, email, !blocksGuests(t)));
                    if (blocksGuests(t)) {
                        missing.put(id, t.tenant().label() + " blocks inbound B2B collaboration from " + host.label()
                                + " (crossTenantAccess), so " + name + " cannot be invited as a guest");
                    }
                }
                rest.add(new Party(teamId(d, team), "Members of " + team + " (" + t.tenant().label() + ")",
                        d, Party.Kind.OTHERS, null, team, null, true));
                rest.add(others(d, "Everyone else in " + t.tenant().label()));
            }
        }
        parties.addAll(homes.values());
        parties.add(others(hostDomain, "Everyone else in " + host.label()));
        parties.addAll(rest);
    }

    /**
     * The plan blocks the invitation itself: inbound B2B collaboration refused for the guests' home tenant
     * (https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner).
     */
    private static boolean blocksGuests(GuestTarget t) {
        return t.crossTenantAccess() != null && t.crossTenantAccess().b2bCollaborationInbound()
                == com.tenantbridge.domain.plan.AccessSetting.BLOCKED;
    }

    /** Above this many service accounts, the matrix shows one party per segment (or company) instead. */
    public static final int MAX_ACCOUNT_PARTIES = 40;

    /**
     * For a plan with more than {@link #MAX_ACCOUNT_PARTIES} accounts: party id of each group to the user
     * principal names (lower case) of its accounts; empty when every account is a party of its own.
     */
    public static Map<String, List<String>> accountGroups(VendorPlan v) {
        if (v == null || named(v).size() <= MAX_ACCOUNT_PARTIES) {
            return Map.of();
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (VendorAccount a : named(v)) {
            groups.computeIfAbsent(groupId(a, v.informationBarriers() != null), k -> new ArrayList<>())
                    .add(a.userPrincipalName().toLowerCase(Locale.ROOT));
        }
        return groups;
    }

    private static String groupId(VendorAccount a, boolean barriers) {
        String key = barriers && a.segment() != null ? "segment:" + a.segment() : "company:" + a.company();
        return "accounts:" + key.toLowerCase(Locale.ROOT);
    }

    private static List<VendorAccount> named(VendorPlan v) {
        return v.accounts().stream().filter(a -> a != null && a.userPrincipalName() != null
                && !a.userPrincipalName().isBlank()).toList();
    }

    private static Barriers vendors(VendorPlan v, TenantRef host, List<Party> parties) {
        String hostDomain = domain(host);
        if (v == null) {
            parties.add(others(hostDomain, "Everyone in " + host.label()));
            return null;
        }
        BarrierPlan b = v.informationBarriers();
        Map<String, List<String>> groups = accountGroups(v);
        if (!groups.isEmpty()) {
            // Thousands of accounts would make millions of pairs; alike accounts reach alike, so one party each.
            Map<String, String> labels = new LinkedHashMap<>();
            for (VendorAccount a : named(v)) {
                labels.putIfAbsent(groupId(a, b != null), b != null && a.segment() != null ? a.segment()
                        : Objects.toString(a.company(), "no company"));
            }
            groups.forEach((id, members) -> parties.add(new Party(id, members.size() + (members.size() == 1
                    ? " service account in " : " service accounts in ")
                    + labels.get(id), hostDomain, Party.Kind.SERVICE_ACCOUNT, b == null ? null : labels.get(id),
                    null, null, true)));
        } else {
            for (VendorAccount a : named(v)) {
                String upn = a.userPrincipalName().toLowerCase(Locale.ROOT);
                parties.add(new Party("account:" + upn, a.userPrincipalName() + (a.company() == null ? ""
                        : " (" + a.company() + ")"), hostDomain, Party.Kind.SERVICE_ACCOUNT, b == null ? null
                                : a.segment(), null, upn, true));
            }
        }
        if (b != null) {
            for (Segment s : b.segments()) {
                if (s == null) {
                    continue;
                }
                for (String m : s.members()) {
                    if (m != null && !m.isBlank()) {
                        String upn = m.toLowerCase(Locale.ROOT);
                        parties.add(new Party("person:" + upn, m, hostDomain, Party.Kind.PERSON, s.name(), null, upn,
                                true));
                    }
                }
            }
        }
        parties.add(others(hostDomain, "Everyone else in " + host.label()));
        if (b == null) {
            return null;
        }
        return new Barriers(hostDomain, b.policies().stream().filter(Objects::nonNull).map(p -> new Barriers.Policy(
                p.name(), p.segment(), p.kind(), p.segments())).toList(), true);
    }

    private static Meeting anonymous(AnonymousJoinPlan a, TenantRef host, List<Party> parties) {
        String hostDomain = domain(host);
        if (a == null || a.meeting() == null) {
            parties.add(others(hostDomain, "Everyone in " + host.label()));
            return null;
        }
        String organizer = a.meeting().organizer();
        String organizerId = organizer == null ? "organizer" : "person:" + organizer.toLowerCase(Locale.ROOT);
        parties.add(new Party(organizerId, Objects.toString(organizer, "(organizer not set)") + " (organizer)",
                hostDomain, Party.Kind.PERSON, null, null, organizer == null ? null
                : organizer.toLowerCase(Locale.ROOT),
                true));
        parties.add(others(hostDomain, "Everyone else in " + host.label()));
        for (Attendee at : a.meeting().attendees()) {
            if (at == null || at.email() == null) {
                continue;
            }
            String email = at.email().toLowerCase(Locale.ROOT);
            parties.add(new Party("anonymous:" + email, (at.name() == null ? at.email() : at.name())
                    + " (anonymous)", "outside", Party.Kind.ANONYMOUS, null, null, email, true));
        }
        return new Meeting(hostDomain, organizerId, true, a.meeting().lobbyBypass() == LobbyBypass.EVERYONE
                || (a.meetingPolicy() != null && a.meetingPolicy().autoAdmittedUsers()
                        == com.tenantbridge.domain.plan.AutoAdmittedUsers.Everyone));
    }
}
