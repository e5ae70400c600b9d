package com.tenantbridge.domain.intent;

import com.tenantbridge.domain.plan.BarrierPlan;
import com.tenantbridge.domain.plan.BarrierPolicy;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PolicyKind;
import com.tenantbridge.domain.plan.Segment;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Question;
import com.tenantbridge.domain.reach.Cell;
import com.tenantbridge.domain.reach.Channel;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.Reachability;
import com.tenantbridge.domain.reach.Verdict;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Vendor service accounts: each company's accounts reach at least one support engineer of the host (chat and
 * call) and, where barriers are planned or the vendors must be kept apart, no account of another company. Seed
 * 003's layout: VN_RemoteAssistUser may reach only VN_SupportEngineer, whose members are the host's engineers.
 * A support engineer is a member the plan puts in a segment (service accounts join through their own field).
 */
final class VendorIntent {

    private static final String BARRIERS = "vendors.informationBarriers";

    private VendorIntent() {
    }

    static List<Claim> prove(DeploymentPlan plan, World w) {
        String tenant = plan.hostTenant().domain();
        BarrierPlan b = plan.vendors().informationBarriers();
        Map<String, List<Party>> companies = companies(plan, w);
        List<Party> engineers = w.parties().stream().filter(p -> p.kind() == Party.Kind.PERSON).toList();
        boolean apart = b != null || plan.answers().get(Question.ISOLATE_VENDORS) == Answer.YES;
        List<Claim> out = new ArrayList<>();
        if (b == null && apart && companies.size() > 1) {
            out.add(Claim.broken(tenant, "The companies' accounts stay apart", String.join(", ", companies.keySet())
                    + " reach each other's accounts: same tenant, by name, and no information barriers; the plan's"
                    + " answers say vendors of different companies must be kept apart.", BARRIERS, "Plan information"
                            + " barriers (Suggest from the companies)."));
            return out;
        }
        for (Map.Entry<String, List<Party>> c : companies.entrySet()) {
            if (b != null) {
                out.add(reachEngineer(plan, w, tenant, c.getKey(), c.getValue(), engineers));
            }
            if (apart && companies.size() > 1) {
                out.add(apartFromOthers(w, tenant, c.getKey(), c.getValue(), companies, b != null));
            }
        }
        return out;
    }

    /** Each company's account parties, in the plan's order (one party per account, or per segment when many). */
    private static Map<String, List<Party>> companies(DeploymentPlan plan, World w) {
        Map<String, String> companyOf = new LinkedHashMap<>();
        for (VendorAccount a : plan.vendors().accounts()) {
            if (a != null && a.userPrincipalName() != null) {
                companyOf.put("account:" + a.userPrincipalName().toLowerCase(Locale.ROOT), company(a));
            }
        }
        Worlds.accountGroups(plan.vendors()).forEach((id, upns) -> companyOf.put(id,
                upns.isEmpty() ? "" : companyOf.getOrDefault("account:" + upns.get(0), "")));
        Map<String, List<Party>> out = new LinkedHashMap<>();
        for (Party p : w.parties()) {
            if (p.kind() == Party.Kind.SERVICE_ACCOUNT && companyOf.containsKey(p.id())) {
                out.computeIfAbsent(companyOf.get(p.id()), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    private static String company(VendorAccount a) {
        return a.company() == null || a.company().isBlank() ? "(no company)" : a.company().strip();
    }

    private static Claim reachEngineer(DeploymentPlan plan, World w, String tenant, String company,
            List<Party> accounts, List<Party> engineers) {
        String title = company + "'s accounts reach a support engineer of their own";
        Set<String> reached = new java.util.LinkedHashSet<>();
        for (Party a : accounts) {
            List<Party> theirs = engineers.stream().filter(e -> works(w, a, e)).toList();
            if (theirs.isEmpty()) {
                return whyNoEngineer(plan, w, tenant, title, company, a, engineers);
            }
            theirs.forEach(e -> reached.add(e.label()));
        }
        return Claim.holds(tenant, title, who(company, accounts) + " reach " + String.join(", ", reached)
                + " by chat and call.", BARRIERS);
    }

    /** Names the segment or policy that leaves {@code a} without an engineer, at the field to change. */
    private static Claim whyNoEngineer(DeploymentPlan plan, World w, String tenant, String title, String company,
            Party a, List<Party> engineers) {
        String fix = "Add " + company + "'s support engineers to its segment, or let its accounts' segment reach"
                + " theirs.";
        if (!a.present()) {
            return Claim.broken(tenant, title, w.whyMissing(a) + ": " + company + "'s accounts reach no support"
                    + " engineer.", "vendors.accounts", "Apply the plan.");
        }
        BarrierPlan b = plan.vendors().informationBarriers();
        Set<String> accountSegments = accountSegments(plan);
        List<Segment> segments = b.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s == null || s.name() == null || accountSegments.contains(key(s.name()))
                    || !mayReach(b, a.segment(), s.name())) {
                continue;
            }
            List<Party> inIt = engineers.stream().filter(e -> s.name().equalsIgnoreCase(planned(b, e))).toList();
            String why = inIt.isEmpty() ? s.name() + " has no members" : firstClosed(w, a, inIt.get(0)).reason();
            return Claim.broken(tenant, title, why + ": " + company + "'s accounts reach no support engineer.",
                    BARRIERS + ".segments[" + i + "].members", fix);
        }
        String why = engineers.isEmpty() ? "no segment has support engineers as members"
                : firstClosed(w, a, engineers.get(0)).reason();
        return Claim.broken(tenant, title, why + ": " + company + "'s accounts reach no support engineer.",
                policyPath(b, a.segment()), fix);
    }

    private static Claim apartFromOthers(World w, String tenant, String company, List<Party> accounts,
            Map<String, List<Party>> companies, boolean barriers) {
        List<String> others = companies.keySet().stream().filter(k -> !k.equals(company)).toList();
        String title = company + "'s accounts reach no account of another company";
        for (Map.Entry<String, List<Party>> other : companies.entrySet()) {
            if (other.getKey().equals(company)) {
                continue;
            }
            for (Party a : accounts) {
                for (Party o : other.getValue()) {
                    Optional<Cell> open = reachable(w, a, o);
                    if (open.isPresent()) {
                        // Named in the plan's order, so both companies' claims tell the same pair the same way.
                        boolean first = List.copyOf(companies.keySet()).indexOf(company)
                                < List.copyOf(companies.keySet()).indexOf(other.getKey());
                        String pair = first ? company + "'s and " + other.getKey() : other.getKey() + "'s and "
                                + company;
                        return Claim.broken(tenant, title, pair + "'s accounts reach each other: " + open.get().reason()
                                + ".", barriers ? BARRIERS + ".policies"
                                        : BARRIERS, barriers ? "Let each company's segment reach only itself and"
                                                + " its support engineers." : "Plan information barriers (Suggest from"
                                                + " the companies).");
                    }
                }
            }
        }
        return Claim.holds(tenant, title, who(company, accounts) + " reach no account of "
                + String.join(", ", others) + ".", barriers ? BARRIERS + ".policies" : BARRIERS);
    }

    /** A channel between two present accounts that is not closed, if any. */
    private static Optional<Cell> reachable(World w, Party a, Party b) {
        if (!a.present() || !b.present()) {
            return Optional.empty();
        }
        for (Channel c : List.of(Channel.SEARCH, Channel.CHAT, Channel.CALL)) {
            Cell cell = Reachability.cell(w, a, b, c);
            if (cell.verdict() == Verdict.YES || cell.verdict() == Verdict.LIMITED) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    private static boolean works(World w, Party a, Party b) {
        return Reachability.cell(w, a, b, Channel.CHAT).verdict() == Verdict.YES
                && Reachability.cell(w, a, b, Channel.CALL).verdict() == Verdict.YES;
    }

    /** The chat cell unless chat works, then the call cell: the one that says why they do not both work. */
    private static Cell firstClosed(World w, Party a, Party b) {
        Cell chat = Reachability.cell(w, a, b, Channel.CHAT);
        return chat.verdict() == Verdict.YES ? Reachability.cell(w, a, b, Channel.CALL) : chat;
    }

    private static Set<String> accountSegments(DeploymentPlan plan) {
        Set<String> out = new HashSet<>();
        plan.vendors().accounts().stream().filter(Objects::nonNull).map(VendorAccount::segment)
                .filter(Objects::nonNull).forEach(s -> out.add(key(s)));
        return out;
    }

    /** The segment the plan puts a member in (the world may have taken it out, pending a change). */
    private static String planned(BarrierPlan b, Party e) {
        for (Segment s : b.segments()) {
            if (s != null && s.members().stream().anyMatch(m -> m != null && m.equalsIgnoreCase(e.person()))) {
                return s.name();
            }
        }
        return e.segment();
    }

    /** Whether the plan's policies for {@code from} let it reach {@code to} (allow lists it; block does not). */
    private static boolean mayReach(BarrierPlan b, String from, String to) {
        for (BarrierPolicy p : b.policies()) {
            if (p == null || p.segment() == null || from == null || !p.segment().equalsIgnoreCase(from)) {
                continue;
            }
            boolean listed = p.segments().stream().anyMatch(s -> s != null && s.equalsIgnoreCase(to));
            if (p.kind() == PolicyKind.ALLOW && !listed || p.kind() == PolicyKind.BLOCK && listed) {
                return false;
            }
        }
        return true;
    }

    private static String policyPath(BarrierPlan b, String segment) {
        for (int i = 0; i < b.policies().size(); i++) {
            BarrierPolicy p = b.policies().get(i);
            if (p != null && segment != null && segment.equalsIgnoreCase(p.segment())) {
                return BARRIERS + ".policies[" + i + "].segments";
            }
        }
        return BARRIERS + ".segments";
    }

    private static String who(String company, List<Party> accounts) {
        boolean each = accounts.stream().allMatch(p -> p.id().startsWith("account:"));
        return company + "'s accounts" + (each ? " (" + accounts.size() + ")" : "");
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
