package com.tenantbridge.domain.intent;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Question;
import com.tenantbridge.domain.reach.Channel;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.Reachability;
import com.tenantbridge.domain.reach.Verdict;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Each technician and expert who call each other in Teams can use spatial annotations: "as long as one person has
 * a Dynamics 365 Guides, Remote Assist, or Field Service license"; those without one can use them "when they join a
 * call or meeting on a one-time basis" (https://learn.microsoft.com/dynamics365/field-service/annotate-teams-mobile).
 * Microsoft does not say how often "one-time" may recur, so a pair where only one side holds a licence holds, with
 * those words for the admin to decide about regular calls; a pair where neither does is broken at the field that
 * would change it. Remote Assist and Guides on HoloLens annotate by themselves: their end is APP-01's concern.
 */
final class AnnotationIntent {

    static final String ONE_TIME = "those without one can use annotations, in Microsoft's words, \"when they join a"
            + " call or meeting on a one-time basis\": decide whether regular calls need a licence on their side too";
    private static final String LICENCES = "Dynamics 365 Field Service (or Remote Assist or Guides until 2026-12-31)";

    private AnnotationIntent() {
    }

    static List<Claim> prove(DeploymentPlan plan, World w) {
        if (plan.app().endsWithRemoteAssist()) {
            return List.of();
        }
        if (plan.app() == com.tenantbridge.domain.plan.TechnicianApp.TEAMS_DESKTOP) {
            return List.of(desktop(plan));
        }
        return switch (plan.scenario()) {
            case VENDOR_ACCOUNTS -> plan.vendors() == null ? List.of() : vendors(plan, w);
            case GUEST_ACCESS -> plan.guestAccess() == null ? List.of() : guests(plan, w);
            case ANONYMOUS_JOIN -> plan.anonymousJoin() == null || plan.anonymousJoin().meeting() == null ? List.of()
                    : List.of(anonymous(plan, w));
            case FEDERATION -> plan.federation() == null ? List.of() : federation(plan, w);
        };
    }

    /**
     * On Teams desktop a technician can annotate in a mobile user's space but has no space of their own to share:
     * "the person who shares their space" needs a phone or tablet with ARCore or ARKit (annotate-teams-mobile).
     * Said, not refused: the plan may still be right for calls where the expert shares from a phone.
     */
    private static Claim desktop(DeploymentPlan plan) {
        return Claim.note(plan.hostTenant().domain(), "The technicians' own space can be annotated",
                "Teams desktop (PC or Mac) can annotate in a mobile user's space but cannot share its own: the person"
                        + " who shares their space needs a phone or tablet with ARCore or ARKit.", "technicianApp",
                "Choose Teams mobile with spatial annotations for technicians who show their work.");
    }

    /** Each company's accounts with each support engineer they can call. */
    private static List<Claim> vendors(DeploymentPlan plan, World w) {
        String tenant = plan.hostTenant().domain();
        Map<String, List<VendorAccount>> companies = new LinkedHashMap<>();
        plan.vendors().accounts().stream().filter(a -> a != null && a.userPrincipalName() != null)
                .forEach(a -> companies.computeIfAbsent(a.company() == null || a.company().isBlank() ? "(no company)"
                        : a.company().strip(), k -> new ArrayList<>()).add(a));
        List<Party> engineers = w.parties().stream().filter(p -> p.kind() == Party.Kind.PERSON && p.present())
                .toList();
        List<Claim> out = new ArrayList<>();
        for (Map.Entry<String, List<VendorAccount>> c : companies.entrySet()) {
            String title = c.getKey() + "'s technicians and their experts can annotate";
            Side accounts = Side.of(c.getValue().stream().map(a -> w.annotator(a.userPrincipalName())).toList(),
                    c.getKey() + "'s accounts");
            List<Party> theirs = engineers.stream().filter(e -> c.getValue().stream().anyMatch(a -> calls(w,
                    party(w, a), e))).toList();
            out.add(pairs(plan, tenant, title, accounts, theirs, w, "vendors.licence", "Give the accounts a licence"
                    + " that carries Field Service (vendors.licence), or give their support engineers one"));
        }
        return out;
    }

    private static Party party(World w, VendorAccount a) {
        String upn = a.userPrincipalName().toLowerCase(Locale.ROOT);
        return w.parties().stream().filter(p -> upn.equals(p.person()) || p.id().equals("account:" + upn)).findFirst()
                .orElse(null);
    }

    private static boolean calls(World w, Party a, Party b) {
        return a != null && a.present() && Reachability.cell(w, a, b, Channel.CALL).verdict() == Verdict.YES;
    }

    /** One side against the experts it calls: holds if it holds, else each expert must. */
    private static Claim pairs(DeploymentPlan plan, String tenant, String title, Side side, List<Party> experts,
            World w, String path, String fix) {
        if (side.all()) {
            return Claim.holds(tenant, title, side.who + " hold " + side.what + ", so every call they make can"
                    + " annotate; " + ONE_TIME + ".", path);
        }
        List<String> without = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> with = new ArrayList<>();
        for (Party e : experts) {
            Optional<String> held = w.annotator(e.person());
            if (held.isEmpty()) {
                unknown.add(e.label());
            } else if (held.get().isEmpty()) {
                without.add(e.label());
            } else {
                with.add(e.label() + " (" + held.get() + ")");
            }
        }
        if (!side.none()) {
            return Claim.unknown(tenant, title, "Not all of " + side.who + "'s licences are known yet.", path);
        }
        if (!without.isEmpty()) {
            return Claim.broken(tenant, title, side.who + " and " + String.join(", ", without) + " hold no "
                    + LICENCES + ": no one on their calls can annotate.", path, fix + ".");
        }
        if (no(plan) && with.isEmpty()) {
            return Claim.broken(tenant, title, side.who + " hold no " + LICENCES + " and the plan's answers say no"
                    + " one on the call can hold one.", "answers.annotationLicence", fix + ".");
        }
        if (!unknown.isEmpty() || with.isEmpty()) {
            return Claim.unknown(tenant, title, side.who + " hold no annotation licence; "
                    + (unknown.isEmpty() ? "the plan names no expert they call"
                            : "not read yet whether " + String.join(", ", unknown) + " hold one") + ".", path);
        }
        return Claim.holds(tenant, title, "A licence is held by " + String.join(", ", with) + ", so their calls with "
                + side.who + " can annotate; " + ONE_TIME + ".", path);
    }

    /** Each guest expert with the technicians of the team they join. */
    private static List<Claim> guests(DeploymentPlan plan, World w) {
        String host = plan.hostTenant().domain();
        List<Claim> out = new ArrayList<>();
        List<GuestTarget> targets = plan.guestAccess().targets();
        for (int i = 0; i < targets.size(); i++) {
            GuestTarget t = targets.get(i);
            String d = t == null ? null : Worlds.domain(t.tenant());
            if (d == null) {
                continue;
            }
            for (int j = 0; j < t.guests().size(); j++) {
                var g = t.guests().get(j);
                if (g == null || g.email() == null) {
                    continue;
                }
                String name = g.displayName() == null ? g.email() : g.displayName();
                String title = name + " and the technicians of " + t.team() + " (" + t.tenant().label()
                        + ") can annotate";
                out.add(either(plan, host, title, name, w.annotator(g.email()), "the technicians of " + t.team(),
                        w.annotator(World.tenantKey(d)), "guestAccess.targets[" + i + "].guests[" + j + "].email",
                        "Give " + name + " a Dynamics 365 Field Service licence in " + plan.hostTenant().label()));
            }
        }
        return out;
    }

    /** The organizer holds it, or no one on the call does: an anonymous expert cannot bring a licence. */
    private static Claim anonymous(DeploymentPlan plan, World w) {
        String organizer = plan.anonymousJoin().meeting().organizer();
        String title = "The organizer and the anonymous expert can annotate";
        return either(plan, plan.hostTenant().domain(), title, "The organizer " + organizer, w.annotator(organizer),
                "the anonymous expert", Optional.of(""), "anonymousJoin.meeting.organizer", "Give " + organizer
                        + " a Dynamics 365 Field Service licence, or choose an organizer who holds one");
    }

    /** The users of the host with those of each partner: a tenant where someone holds a licence. */
    private static List<Claim> federation(DeploymentPlan plan, World w) {
        String host = Worlds.domain(plan.hostTenant());
        List<Claim> out = new ArrayList<>();
        List<PartnerTenant> partners = plan.federation().partners();
        for (int i = 0; i < partners.size(); i++) {
            PartnerTenant p = partners.get(i);
            String d = p == null ? null : Worlds.domain(p.tenant());
            if (d == null || d.equals(host)) {
                continue;
            }
            String title = "Users of " + plan.hostTenant().label() + " and of " + p.tenant().label()
                    + " can annotate";
            out.add(either(plan, host, title, "Users of " + plan.hostTenant().label(), w.annotator(World.tenantKey(
                    host)), "users of " + p.tenant().label(), w.annotator(World.tenantKey(d)),
                    "federation.partners[" + i + "]", "Give the experts on these calls a Dynamics 365 Field Service"
                            + " licence in either tenant"));
        }
        return out;
    }

    private static Claim either(DeploymentPlan plan, String tenant, String title, String one, Optional<String> a,
            String other, Optional<String> b, String path, String fix) {
        if (a.filter(s -> !s.isEmpty()).isPresent() || b.filter(s -> !s.isEmpty()).isPresent()) {
            String holder = a.filter(s -> !s.isEmpty()).isPresent() ? one + " (" + a.get() + ")" : other + " ("
                    + b.get() + ")";
            boolean both = a.filter(s -> !s.isEmpty()).isPresent() && b.filter(s -> !s.isEmpty()).isPresent();
            return Claim.holds(tenant, title, "A licence is held by " + holder + ", so their calls can annotate"
                    + (both ? "." : "; " + ONE_TIME + "."), path);
        }
        if (a.isPresent() && b.isPresent()) {
            return Claim.broken(tenant, title, one + " and " + other + " hold no " + LICENCES
                    + ": no one on their calls can annotate.", path, fix + ".");
        }
        if (no(plan)) {
            return Claim.broken(tenant, title, "The plan's answers say no one on the call can hold " + LICENCES
                    + ".", "answers.annotationLicence", fix + ".");
        }
        return Claim.unknown(tenant, title, "Who holds " + LICENCES + " is read from the tenant"
                + (a.isPresent() ? "; " + one + " holds none" : "") + ".", path);
    }

    private static boolean no(DeploymentPlan plan) {
        return plan.answers().get(Question.ANNOTATION_LICENCE) == Answer.NO;
    }

    /** What one side of the calls holds: all of it, none of it, or not known. */
    private record Side(String who, String what, boolean all, boolean none) {
        static Side of(List<Optional<String>> held, String who) {
            boolean all = !held.isEmpty() && held.stream().allMatch(h -> h.filter(s -> !s.isEmpty()).isPresent());
            boolean none = !held.isEmpty() && held.stream().allMatch(h -> h.filter(String::isEmpty).isPresent());
            String what = held.stream().flatMap(Optional::stream).filter(s -> !s.isEmpty()).findFirst().orElse("");
            return new Side(who, what, all, none);
        }
    }
}
