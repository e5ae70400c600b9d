package com.tenantbridge.service.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.journal.VerifiedJournal;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Before an undo: re-reads the object a journal line names and says whether it is provably the one the run made
 * (same id, same key, created inside the run's window) or the setting the run left (it still holds the value the
 * run set). A journal is a file on disk: a restored backup, a hand edit or a bug must never make rollback delete
 * or rewrite what the run did not create. Lines whose checksum chain does not hold are held to the strictest
 * test: only objects created inside the journal's runs are touched.
 */
final class UndoGuard {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why not to undo: a refusal (not the run's), a change made since (left as is), or the object is gone. */
    record Verdict(Rollback.Result result, String message) {
    }

    private final VerifiedJournal journal;
    private final Map<String, String> connectedTenantIds;
    /**
     * Users and groups the journal says its runs created, by id. A licence or membership is undone only on one of
     * them, re-read and proven created inside the journal's runs: Graph keeps no time for either, so a licence of an
     * account that existed before is left, rather than taken on a journal's word.
     */
    private final Set<String> createdUsers = new HashSet<>();
    private final Set<String> createdGroups = new HashSet<>();
    private final Window journalWindow;

    UndoGuard(VerifiedJournal journal, Map<String, String> connectedTenantIds) {
        this.journal = journal;
        this.connectedTenantIds = connectedTenantIds;
        String first = null;
        String last = null;
        for (VerifiedJournal.Line l : journal.lines()) {
            JournalEntry e = l.entry();
            first = first == null ? e.time() : first;
            last = e.time();
            if (e.status() != JournalEntry.Status.DONE || e.result() == null
                    || !Boolean.TRUE.equals(e.result().get("created"))) {
                continue;
            }
            if ("CREATE_USER".equals(e.kind()) || "INVITE_GUEST".equals(e.kind())) {
                createdUsers.add(String.valueOf(e.result().get("userId")));
            } else if ("CREATE_GROUP".equals(e.kind())) {
                createdGroups.add(String.valueOf(e.result().get("groupId")));
            }
        }
        this.journalWindow = new Window(first, last == null ? Instant.now().toString() : last);
    }

    private static final Set<String> SETTINGS = Set.of("TEAMS_FEDERATION", "CROSS_TENANT_PARTNER",
            "TEAMS_GUEST_ACCESS", "MEETING_CONFIGURATION", "MEETING_POLICY", "ASSIGN_MEETING_POLICY", "MEETING_LOBBY",
            "BARRIER_SEGMENT", "BARRIER_POLICY", "ACTIVATE_BARRIER_POLICY");

    /** Null when the undo may go ahead; otherwise why not. */
    Verdict check(VerifiedJournal.Line line, TenantPorts p) {
        JournalEntry e = line.entry();
        String where = "line " + line.number() + ": ";
        String now = connectedTenantIds.get(e.tenant().toLowerCase(java.util.Locale.ROOT));
        if (e.tenantId() != null && now != null && !RunIdentity.UNKNOWN.equals(e.tenantId())
                && !RunIdentity.UNKNOWN.equals(now) && !e.tenantId().equals(now)) {
            return refuse(where + "recorded for tenant " + e.tenantId() + ", but " + e.tenant() + " is tenant " + now
                    + " now");
        }
        Optional<JournalEntry> run = journal.runOf(line.number(), e.run());
        if (run.isEmpty() && !journal.runs().isEmpty()) {
            return refuse(where + "belongs to no run this journal records");
        }
        if (run.isPresent() && run.get().tenants() != null && !run.get().tenants().isEmpty() && run.get().tenants()
                .keySet().stream().noneMatch(d -> d.equalsIgnoreCase(e.tenant()))) {
            return refuse(where + "its run did not act on " + e.tenant());
        }
        if (!line.trusted() && SETTINGS.contains(e.kind())) {
            return refuse(where + "a setting is put back only from a line whose checksum holds");
        }
        Window window = new Window(run.map(JournalEntry::time).orElse(null), e.time());
        Map<String, Object> r = e.result() == null ? Map.of() : e.result();
        Map<String, String> params = e.params() == null ? Map.of() : e.params();
        boolean created = Boolean.TRUE.equals(r.get("created"));
        return switch (e.kind()) {
            case "CREATE_USER", "INVITE_GUEST" -> created ? account(where, e, p, window) : null;
            case "ASSIGN_LICENSE" -> user(where, line, String.valueOf(r.get("userId")), params.get("upn"), p)
                    .or(() -> ours(String.valueOf(r.get("userId")), p) ? Optional.empty() : Optional.of(left(where
                            + params.get("upn") + " existed before this journal's runs; its licence")))
                    .or(() -> readUser(String.valueOf(r.get("userId")), p).filter(u -> !u.licenses()
                            .contains(java.util.UUID.fromString(String.valueOf(r.get("skuId")))))
                            .map(u -> fail(where
                            + u.userPrincipalName() + " no longer has that licence"))).orElse(null);
            case "ADD_GROUP_MEMBER" -> group(where, String.valueOf(r.get("groupId")), params.get("group"), p)
                    .or(() -> user(where, line, String.valueOf(r.get("userId")), params.get("upn"), p))
                    .or(() -> ours(String.valueOf(r.get("userId")), p) || ourGroup(String.valueOf(r.get("groupId")), p)
                            ? Optional.empty() : Optional.of(left(where + "neither " + params.get("upn") + " nor "
                                    + params.get("group") + " was created by this journal's runs; the membership")))
                    .orElse(null);
            case "CREATE_GROUP" -> created ? createdGroup(where, e, p, window) : null;
            case "ADD_TEAM_MEMBER" -> created ? teamMember(where, line, p) : null;
            case "TEAMS_FEDERATION" -> same(where, "Teams external access", FederationPlanner.describe(
                    p.teamsSettings().federation()), set(e));
            case "CROSS_TENANT_PARTNER" -> partner(where, e, p);
            case "TEAMS_GUEST_ACCESS" -> p.teamsSettings().guestAccessAllowed() ? null
                    : left(where + "Teams guest access was turned off since");
            case "MEETING_CONFIGURATION" -> p.teamsSettings().anonymousJoinDisabled()
                    ? left(where + "anonymous join was turned off since") : null;
            case "MEETING_POLICY" -> meetingPolicy(where, params, p);
            case "ASSIGN_MEETING_POLICY" -> params.get("identity").equalsIgnoreCase(p.teamsSettings()
                    .assignedMeetingPolicy(params.get("upn")).orElse("Global")) ? null
                    : left(where + params.get("upn") + " was given another meeting policy since");
            case "SCHEDULE_MEETING" -> created ? p.meetings().findEvent(params.get("organizer"),
                    params.get("transactionId")).filter(ev -> ev.eventId().equals(String.valueOf(r.get("eventId"))))
                    .isPresent() ? null : fail(where + "the meeting is no longer on " + params.get("organizer")
                            + "'s calendar") : null;
            case "BARRIER_SEGMENT" -> segment(where, params, r.get("filter") == null ? params.get("filter")
                    : String.valueOf(r.get("filter")), p);
            case "BARRIER_POLICY" -> barrierPolicy(where, params, p);
            case "MEETING_LOBBY" -> lobby(where, params, p);
            case "ACTIVATE_BARRIER_POLICY" -> activation(where, params, p);
            default -> null;
        };
    }

    /** From the run's start to the line's time, widened by the clock skew allowed between here and the tenant. */
    private record Window(String from, String to) {

        boolean holds(Instant created) {
            try {
                Instant start = from == null ? null : Instant.parse(from);
                Instant end = Instant.parse(to);
                return created != null && (start == null || !created.isBefore(start.minus(InterruptedRun.CLOCK_SKEW)))
                        && !created.isAfter(end.plus(InterruptedRun.CLOCK_SKEW));
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    private Verdict account(String where, JournalEntry e, TenantPorts p, Window window) {
        String id = String.valueOf(e.result().get("userId"));
        Optional<DirectoryUser> found = readUser(id, p);
        if (found.isEmpty()) {
            return fail(where + "not found: no account " + id);
        }
        DirectoryUser u = found.get();
        boolean guest = "INVITE_GUEST".equals(e.kind());
        String key = guest ? e.params().get("email") : e.params().get("upn");
        String actual = guest ? u.mail() : u.userPrincipalName();
        if (key == null || !key.equalsIgnoreCase(actual)) {
            return refuse(where + "the account " + id + " is " + actual + ", not " + key + " that the run created");
        }
        if (!window.holds(u.createdDateTime())) {
            return refuse(where + actual + " was not created by this run (created "
                    + (u.createdDateTime() == null ? "at an unknown time" : u.createdDateTime().toString()) + ")");
        }
        return null;
    }

    private Optional<Verdict> user(String where, VerifiedJournal.Line line, String id, String upn, TenantPorts p) {
        Optional<DirectoryUser> found = readUser(id, p);
        if (found.isEmpty()) {
            return Optional.of(fail(where + "not found: no account " + id));
        }
        if (upn == null || !upn.equalsIgnoreCase(found.get().userPrincipalName())) {
            return Optional.of(refuse(where + "the account " + id + " is " + found.get().userPrincipalName() + ", not "
                    + upn));
        }
        return Optional.empty();
    }

    /**
     * One read per account and group in a rollback, not one per undo: an account's four undos would otherwise read
     * it six times (a 1,000-account rollback took three times as long). What is checked (id, name, creation time,
     * description) does not change while the rollback runs; a deleted account is forgotten ({@link #forget}).
     */
    private final Map<String, Optional<DirectoryUser>> users = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<DirectoryGroup>> groups = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<DirectoryUser> readUser(String id, TenantPorts p) {
        return once(users, p.domain() + "/" + id, () -> p.directory().findUser(id));
    }

    private Optional<DirectoryGroup> readGroup(String id, TenantPorts p) {
        return once(groups, p.domain() + "/" + id, () -> p.directory().findGroup(id));
    }

    /** Not computeIfAbsent: that would hold a lock other accounts' undos need while Graph answers. */
    private static <T> Optional<T> once(Map<String, Optional<T>> cache, String key,
            java.util.function.Supplier<Optional<T>> read) {
        Optional<T> known = cache.get(key);
        if (known == null) {
            known = read.get();
            cache.putIfAbsent(key, known);
        }
        return known;
    }

    /** After an undo deleted the object, a later line about it must see it gone. */
    void forget(String tenant, String id) {
        users.remove(tenant + "/" + id);
        groups.remove(tenant + "/" + id);
    }

    /** A user this journal's runs created: claimed by a line, and created inside the journal's runs. */
    private boolean ours(String userId, TenantPorts p) {
        return createdUsers.contains(userId) && readUser(userId, p)
                .map(u -> journalWindow.holds(u.createdDateTime())).orElse(false);
    }

    private boolean ourGroup(String groupId, TenantPorts p) {
        return createdGroups.contains(groupId) && readGroup(groupId, p)
                .map(g -> ResumeClosing.GROUP_MARKER.equals(g.description())
                && journalWindow.holds(g.createdDateTime()))
                .orElse(false);
    }

    private Optional<Verdict> group(String where, String id, String name, TenantPorts p) {
        Optional<DirectoryGroup> g = readGroup(id, p);
        if (g.isEmpty()) {
            return Optional.of(fail(where + "not found: no group " + id));
        }
        return name != null && name.equalsIgnoreCase(g.get().displayName()) ? Optional.empty()
                : Optional.of(refuse(where + "the group " + id + " is " + g.get().displayName() + ", not " + name));
    }

    private Verdict createdGroup(String where, JournalEntry e, TenantPorts p, Window window) {
        String id = String.valueOf(e.result().get("groupId"));
        Optional<Verdict> key = group(where, id, e.params().get("displayName"), p);
        if (key.isPresent()) {
            return key.get();
        }
        DirectoryGroup g = readGroup(id, p).orElseThrow();
        if (!ResumeClosing.GROUP_MARKER.equals(g.description()) || !window.holds(g.createdDateTime())) {
            return refuse(where + "the group " + g.displayName() + " was not created by this run");
        }
        return null;
    }

    private Verdict teamMember(String where, VerifiedJournal.Line line, TenantPorts p) {
        Map<String, Object> r = line.entry().result();
        String teamId = String.valueOf(r.get("teamId"));
        String team = line.entry().params().get("team");
        if (p.teams().findTeam(team).filter(t -> t.id().equals(teamId)).isEmpty()) {
            return refuse(where + "the team " + teamId + " is not " + team);
        }
        String userId = String.valueOf(r.get("userId"));
        boolean present = p.teams().members(teamId).stream().anyMatch(m -> m.userId().equals(userId)
                && m.membershipId().equals(String.valueOf(r.get("membershipId"))));
        if (!present) {
            return fail(where + "not found: that membership of " + team + " is gone");
        }
        return ours(userId, p) ? null : refuse(where + "a member this journal's runs did not invite");
    }

    private Verdict partner(String where, JournalEntry e, TenantPorts p) {
        String id = String.valueOf(e.result().get("partnerTenantId"));
        if (e.params() != null && e.params().get("partnerTenantId") != null
                && !e.params().get("partnerTenantId").equalsIgnoreCase(id)) {
            return refuse(where + "the partner " + id + " is not the one the change was for");
        }
        Optional<com.tenantbridge.service.port.PartnerSettings> current = p.crossTenantAccess().partner(id);
        if (current.isEmpty()) {
            return fail(where + "not found: no partner " + id);
        }
        // Only the directions the run set are compared (and put back): the others were never the run's.
        Map<String, Object> set = set(e);
        Map<String, Object> now = new java.util.LinkedHashMap<>(CrossTenantPlanning.map(current.get()));
        if (set != null) {
            now.keySet().retainAll(set.keySet());
        }
        return same(where, "the partner settings of " + id, now, set);
    }

    /** The meeting is found again by the event the run made (its transaction id), then its lobby read. */
    private Verdict lobby(String where, Map<String, String> params, TenantPorts p) {
        String organizer = params.get("organizer");
        Optional<com.tenantbridge.service.port.OnlineMeetingInfo> meeting = p.meetings().findEvent(organizer,
                params.get("transactionId")).flatMap(ev -> p.meetings().findOnlineMeeting(organizer, ev.joinUrl()));
        if (meeting.isEmpty()) {
            return fail(where + "not found: the meeting is no longer on " + organizer + "'s calendar");
        }
        String now = meeting.get().lobbyBypass() == null ? null : meeting.get().lobbyBypass().name();
        return now != null && now.equals(params.get("lobbyBypass")) ? null
                : left(where + "the meeting's lobby was changed since");
    }

    private Verdict segment(String where, Map<String, String> params, String filter, TenantPorts p) {
        Optional<com.tenantbridge.service.port.BarrierSegment> s = p.barriers().segments().stream()
                .filter(x -> x.name().equalsIgnoreCase(params.get("name"))).findFirst();
        if (s.isEmpty()) {
            return fail(where + "not found: no segment " + params.get("name"));
        }
        return s.get().userGroupFilter().equals(filter) ? null
                : left(where + "the segment " + s.get().name() + " was changed since");
    }

    private Verdict activation(String where, Map<String, String> params, TenantPorts p) {
        Optional<BarrierPolicyState> x = p.barriers().policies().stream()
                .filter(y -> y.name().equalsIgnoreCase(params.get("name"))).findFirst();
        if (x.isEmpty()) {
            return fail(where + "not found: no policy " + params.get("name"));
        }
        return x.get().active() ? null : left(where + "the policy " + x.get().name() + " was made inactive since");
    }

    private Verdict meetingPolicy(String where, Map<String, String> params, TenantPorts p) {
        Optional<MeetingPolicy> policy = p.teamsSettings().meetingPolicy(params.get("identity"));
        if (policy.isEmpty()) {
            return fail(where + "not found: no meeting policy " + params.get("identity"));
        }
        boolean same = policy.get().allowAnonymousUsersToJoinMeeting()
                && policy.get().autoAdmittedUsers().name().equals(params.get("autoAdmittedUsers"));
        return same ? null : left(where + "the meeting policy " + params.get("identity") + " was changed since");
    }

    private Verdict barrierPolicy(String where, Map<String, String> params, TenantPorts p) {
        Optional<BarrierPolicyState> policy = p.barriers().policies().stream()
                .filter(x -> x.name().equalsIgnoreCase(params.get("name"))).findFirst();
        if (policy.isEmpty()) {
            return fail(where + "not found: no policy " + params.get("name"));
        }
        BarrierPolicyState x = policy.get();
        boolean same = x.assignedSegment().equalsIgnoreCase(params.get("segment"))
                && Set.copyOf(x.segmentsAllowed()).equals(Set.copyOf(split(params.get("allowed"))))
                && Set.copyOf(x.segmentsBlocked()).equals(Set.copyOf(split(params.get("blocked"))));
        return same ? null : left(where + "the policy " + x.name() + " was changed since");
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> set(JournalEntry e) {
        Object set = e.result() == null ? null : e.result().get("set");
        return set instanceof Map<?, ?> m ? (Map<String, Object>) m : e.after();
    }

    /** Compared as JSON, since one side was read back from the journal (lists and numbers as Jackson makes them). */
    private static Verdict same(String where, String what, Map<String, Object> now, Map<String, Object> set) {
        if (set == null || !JSON.valueToTree(now).equals(JSON.valueToTree(set))) {
            return left(where + what + " changed since the run");
        }
        return null;
    }

    private static Verdict refuse(String message) {
        return new Verdict(Rollback.Result.REFUSED, message);
    }

    private static Verdict left(String message) {
        return new Verdict(Rollback.Result.LEFT, message + " \u2014 left as is");
    }

    private static Verdict fail(String message) {
        return new Verdict(Rollback.Result.FAILED, message);
    }
}
