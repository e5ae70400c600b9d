package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.validation.DomainNames;
import com.tenantbridge.domain.validation.EmailAddresses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Who can reach whom under a plan, as a picture needs it: tenants (and the outside people with no tenant of
 * their own) as boxes with the people or accounts in them, and the connections between boxes. Made from
 * whatever the plan holds so far, so it can follow every edit.
 */
public record Topology(List<Box> boxes, List<Link> links) {

    public enum Role {
        HOST, PARTNER, TECHNICIANS, VENDOR, OUTSIDE
    }

    /** How two boxes are connected. */
    public enum Kind {
        FEDERATION, GUEST, SERVICE_ACCOUNT, ANONYMOUS, NONE
    }

    public record Box(String id, String title, String subtitle, Role role, List<String> people) {
        public Box {
            people = List.copyOf(people);
        }
    }

    public record Link(String from, String to, Kind kind, String label) {
    }

    public Topology {
        boxes = List.copyOf(boxes);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    public static Topology of(DeploymentPlan plan) {
        if (plan.scenario() == null) {
            return new Topology(List.of(), List.of());
        }
        Builder b = new Builder(plan);
        switch (plan.scenario()) {
            case FEDERATION -> b.federation(plan.federation());
            case GUEST_ACCESS -> b.guests(plan.guestAccess());
            case VENDOR_ACCOUNTS -> b.vendors(plan.vendors());
            case ANONYMOUS_JOIN -> b.anonymous(plan.anonymousJoin());
        }
        return new Topology(new ArrayList<>(b.boxes.values()), b.links);
    }

    private static final class Builder {
        private final Map<String, Box> boxes = new LinkedHashMap<>();
        private final List<Link> links = new ArrayList<>();
        private final String hostId;

        Builder(DeploymentPlan plan) {
            TenantRef host = plan.hostTenant();
            hostId = key(host == null ? null : host.domain(), "host");
            boxes.put(hostId, new Box(hostId, host == null ? "Host tenant" : host.label(), host == null ? ""
                    : Objects.toString(host.domain(), ""), Role.HOST, List.of()));
        }

        private static String key(String domain, String fallback) {
            return domain == null || domain.isBlank() ? fallback : domain.strip().toLowerCase(Locale.ROOT);
        }

        private void people(String id, List<String> people) {
            Box b = boxes.get(id);
            List<String> all = new ArrayList<>(b.people());
            people.stream().filter(p -> !all.contains(p)).forEach(all::add);
            boxes.put(id, new Box(b.id(), b.title(), b.subtitle(), b.role(), all));
        }

        private String tenant(TenantRef t, Role role, String fallback) {
            String id = key(t == null ? null : t.domain(), fallback);
            if (!boxes.containsKey(id)) {
                boxes.put(id, new Box(id, t == null ? "(tenant not set)" : t.label(), t == null ? ""
                        : Objects.toString(t.domain(), ""), role, List.of()));
            }
            return id;
        }

        void federation(FederationPlan f) {
            if (f == null) {
                return;
            }
            people(hostId, List.of("Technicians", "Experts (Teams)"));
            List<String> partners = new ArrayList<>();
            for (int i = 0; i < f.partners().size(); i++) {
                PartnerTenant p = f.partners().get(i);
                if (p == null) {
                    continue;
                }
                String id = tenant(p.tenant(), Role.PARTNER, "partner-" + i);
                people(id, List.of("Technicians", "Experts (Teams)"));
                links.add(new Link(hostId, id, Kind.FEDERATION, "external access"));
                partners.add(id);
            }
            boolean partnersApart = f.partners().stream().filter(Objects::nonNull)
                    .allMatch(p -> p.mode() == FederationMode.ALLOW_SPECIFIC);
            if (partnersApart) {
                for (int i = 0; i + 1 < partners.size(); i++) {
                    links.add(new Link(partners.get(i), partners.get(i + 1), Kind.NONE, "not federated"));
                }
            }
        }

        void guests(GuestAccessPlan g) {
            if (g == null) {
                return;
            }
            for (int i = 0; i < g.targets().size(); i++) {
                GuestTarget t = g.targets().get(i);
                if (t == null) {
                    continue;
                }
                String id = tenant(t.tenant(), Role.TECHNICIANS, "target-" + i);
                people(id, List.of("Technicians"));
                List<String> guests = t.guests().stream().filter(Objects::nonNull).map(x -> label(x.displayName(),
                        x.email())).toList();
                people(hostId, guests);
                people(id, guests.stream().map(x -> x + " (guest)").toList());
                String team = t.team() == null ? "(team not set)" : t.team() + (t.channel() == null ? "" : " / "
                        + t.channel());
                people(id, List.of("Team: " + team));
                links.add(new Link(hostId, id, Kind.GUEST, "guests"));
            }
        }

        void vendors(VendorPlan v) {
            if (v == null) {
                return;
            }
            for (VendorAccount a : v.accounts()) {
                if (a == null) {
                    continue;
                }
                String account = Objects.toString(a.userPrincipalName(), "(no user name)")
                        + (a.segment() == null || v.informationBarriers() == null ? "" : " (" + a.segment() + ")");
                people(hostId, List.of(account));
                String contact = a.contactEmail();
                String domain = contact != null && EmailAddresses.isValid(contact) ? EmailAddresses.domainOf(contact)
                        : null;
                String id = key(domain, "vendor-" + Objects.toString(a.company(), "?"));
                if (!boxes.containsKey(id)) {
                    boolean consumer = domain != null && DomainNames.isConsumer(domain);
                    boxes.put(id, new Box(id, a.company() == null ? Objects.toString(domain, "Vendor")
                            : a.company(), Objects.toString(domain, "") + (consumer ? " (no tenant)" : ""),
                            consumer ? Role.OUTSIDE : Role.VENDOR, List.of()));
                    links.add(new Link(id, hostId, Kind.SERVICE_ACCOUNT, "service account"));
                }
                people(id, List.of(Objects.toString(contact, "(no contact)")));
            }
        }

        void anonymous(AnonymousJoinPlan a) {
            if (a == null || a.meeting() == null) {
                return;
            }
            MeetingPlan m = a.meeting();
            people(hostId, List.of(Objects.toString(m.organizer(), "(organizer not set)") + " (organizer)"));
            for (int i = 0; i < m.attendees().size(); i++) {
                Attendee at = m.attendees().get(i);
                if (at == null) {
                    continue;
                }
                String domain = at.email() != null && EmailAddresses.isValid(at.email())
                        ? EmailAddresses.domainOf(at.email()) : null;
                String id = "outside-" + key(domain, String.valueOf(i));
                if (!boxes.containsKey(id)) {
                    boxes.put(id, new Box(id, "Outside expert", Objects.toString(domain, "")
                            + (m.lobbyBypass() == LobbyBypass.EVERYONE ? " \u00b7 skips the lobby"
                                    : " \u00b7 waits in the lobby"), Role.OUTSIDE, List.of()));
                    links.add(new Link(hostId, id, Kind.ANONYMOUS, "meeting link"));
                }
                people(id, List.of(label(at.name(), at.email())));
            }
        }

        private static String label(String name, String email) {
            if (name != null && !name.isBlank()) {
                return name;
            }
            return Objects.toString(email, "(no email)");
        }
    }
}
