package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.PartnerSettings;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Undoes, newest first, every change a journal records as done and not yet rolled back: deletes what the run
 * created and puts back the settings it replaced. Each undo is journaled too, so a rollback can be resumed.
 */
public final class Rollback {

    public record Outcome(JournalEntry entry, boolean undone, String message) {
    }

    /** Hears of each undo as it ends; called on the rolling-back thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (outcome, index, total) -> { };

        void undone(Outcome outcome, int index, int total);
    }

    public List<Outcome> rollback(List<JournalEntry> journal, TenantConnections connections, Journal out) {
        return rollback(journal, connections, out, Progress.NONE, () -> false);
    }

    /** How many changes a rollback of this journal would undo: those done and not rolled back yet. */
    public static int pending(List<JournalEntry> journal) {
        return toUndo(journal).size();
    }

    /**
     * As {@link #rollback(List, TenantConnections, Journal)}; stops before the next undo once {@code cancelled}
     * says so. What was undone is journaled, so rolling back again undoes the rest.
     */
    public List<Outcome> rollback(List<JournalEntry> journal, TenantConnections connections, Journal out,
            Progress progress, java.util.function.BooleanSupplier cancelled) {
        List<JournalEntry> done = toUndo(journal);
        String run = UUID.randomUUID().toString();
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> reapply = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.function.Consumer<Outcome> record = outcome -> {
            synchronized (outcomes) {
                outcomes.add(outcome);
                progress.undone(outcome, outcomes.size() - 1, done.size());
            }
        };
        for (int i = 0; i < done.size() && !cancelled.getAsBoolean();) {
            int end = i;
            while (end < done.size() && account(done.get(end)) != null) {
                end++;
            }
            if (end - i >= IN_PARALLEL_FROM) {
                undoAccounts(done.subList(i, end), connections, out, run, record, cancelled);
                i = end;
            } else {
                record.accept(undoOne(done.get(i), connections, out, run, reapply));
                i++;
            }
        }
        // Barriers changed back only take effect once applied again.
        for (String tenant : reapply) {
            connections.ports(tenant).ifPresent(p -> p.barriers().startApplication());
        }
        return outcomes;
    }

    /** Below this many account changes in a row, undoing them one by one is as quick. */
    private static final int IN_PARALLEL_FROM = 8;
    /**
     * Accounts undone at once, one request each: far fewer requests in flight than a run's four batches of twenty,
     * and the SDK's retry handler waits out any throttling.
     */
    private static final int ACCOUNTS_AT_ONCE = 8;

    /**
     * The account an undo touches alone (its tenant and user id), or null. An account's own changes (created,
     * licensed, added to a group) depend on nothing another account's undo does, so accounts are undone side by
     * side, each newest first; everything else waits its turn in journal order.
     */
    private static String account(JournalEntry e) {
        if (!(e.kind().equals("CREATE_USER") || e.kind().equals("ASSIGN_LICENSE")
                || e.kind().equals("ADD_GROUP_MEMBER")) || e.result() == null || e.result().get("userId") == null) {
            return null;
        }
        return e.tenant() + "/" + e.result().get("userId");
    }

    private static void undoAccounts(List<JournalEntry> entries, TenantConnections connections, Journal out, String run,
            java.util.function.Consumer<Outcome> record, java.util.function.BooleanSupplier cancelled) {
        java.util.Map<String, List<JournalEntry>> byAccount = new java.util.LinkedHashMap<>();
        entries.forEach(e -> byAccount.computeIfAbsent(account(e), k -> new ArrayList<>()).add(e));
        java.util.concurrent.ConcurrentLinkedQueue<List<JournalEntry>> queue =
                new java.util.concurrent.ConcurrentLinkedQueue<>(byAccount.values());
        Set<String> none = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(ACCOUNTS_AT_ONCE, byAccount.size()); w++) {
            Thread t = new Thread(() -> {
                for (List<JournalEntry> chain = queue.poll(); chain != null; chain = queue.poll()) {
                    for (JournalEntry e : chain) {
                        if (cancelled.getAsBoolean()) {
                            return;
                        }
                        record.accept(undoOne(e, connections, out, run, none));
                    }
                }
            }, "rollback-" + w);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PortException("interrupted while rolling back");
            }
        }
    }

    private static List<JournalEntry> toUndo(List<JournalEntry> journal) {
        Set<String> rolledBack = new HashSet<>();
        for (JournalEntry e : journal) {
            if (e.status() == JournalEntry.Status.ROLLED_BACK) {
                rolledBack.add(e.changeId());
            }
        }
        List<JournalEntry> done = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JournalEntry e : journal) {
            if (e.status() == JournalEntry.Status.DONE && !rolledBack.contains(e.changeId()) && seen.add(e.changeId())) {
                done.add(e);
            }
        }
        Collections.reverse(done);
        return done;
    }

    private static Outcome undoOne(JournalEntry e, TenantConnections connections, Journal out, String run,
            Set<String> reapply) {
        Optional<TenantPorts> ports = connections.ports(e.tenant());
        if (ports.isEmpty()) {
            return new Outcome(e, false, e.tenant() + " is not connected");
        }
        try {
            undo(e, ports.get());
            if (e.kind().startsWith("BARRIER") || e.kind().equals("ACTIVATE_BARRIER_POLICY")
                    || e.kind().equals("APPLY_BARRIERS")) {
                reapply.add(e.tenant());
            }
            out.append(new JournalEntry(Instant.now().toString(), run, e.plan(), e.changeId(), e.tenant(), e.kind(),
                    JournalEntry.Status.ROLLED_BACK, "undo: " + e.summary(), e.after(), e.before(), e.params(), null,
                    null));
            return new Outcome(e, true, null);
        } catch (PortException | IllegalArgumentException e2) {
            return new Outcome(e, false, e2.getMessage());
        } catch (RuntimeException e2) {
            // One undo going wrong in an unforeseen way must not strand the others (nor a worker's whole queue).
            return new Outcome(e, false, "could not be undone: " + e2);
        }
    }

    @SuppressWarnings("unchecked")
    private static void undo(JournalEntry e, TenantPorts p) {
        Map<String, Object> r = e.result() == null ? Map.of() : e.result();
        Map<String, String> params = e.params() == null ? Map.of() : e.params();
        boolean created = Boolean.TRUE.equals(r.get("created"));
        Map<String, Object> before = r.get("before") instanceof Map<?, ?> m ? (Map<String, Object>) m : e.before();
        switch (e.kind()) {
            case "TEAMS_FEDERATION" -> {
                Object allowed = before.get("AllowedDomains");
                p.teamsSettings().setFederation(new FederationConfig(Boolean.TRUE.equals(before.get("AllowFederatedUsers")),
                        allowed instanceof List<?> l ? (List<String>) l : null,
                        (List<String>) before.getOrDefault("BlockedDomains", List.of())));
            }
            case "CROSS_TENANT_PARTNER" -> {
                String partner = String.valueOf(r.get("partnerTenantId"));
                if (created) {
                    p.crossTenantAccess().deletePartner(partner);
                } else {
                    p.crossTenantAccess().updatePartner(partner, CrossTenantPlanning.fromMap(before));
                }
            }
            case "TEAMS_GUEST_ACCESS" -> p.teamsSettings().setGuestAccessAllowed(Boolean.TRUE.equals(before.get("AllowGuestUser")));
            case "INVITE_GUEST", "CREATE_USER" -> {
                if (created) {
                    ignoreMissing(() -> p.directory().deleteUser(String.valueOf(r.get("userId"))));
                }
            }
            case "ADD_TEAM_MEMBER" -> {
                if (created) {
                    p.teams().removeMember(String.valueOf(r.get("teamId")), String.valueOf(r.get("membershipId")));
                }
            }
            case "ASSIGN_LICENSE" -> ignoreMissing(() -> p.licensing().remove(String.valueOf(r.get("userId")),
                    UUID.fromString(String.valueOf(r.get("skuId")))));
            case "CREATE_GROUP" -> {
                if (created) {
                    ignoreMissing(() -> p.directory().deleteGroup(String.valueOf(r.get("groupId"))));
                }
            }
            case "ADD_GROUP_MEMBER" -> p.directory().removeGroupMember(String.valueOf(r.get("groupId")),
                    String.valueOf(r.get("userId")));
            case "BARRIER_SEGMENT" -> {
                p.barriers().deleteSegment(params.get("name"));
                if (!created && before != null && before.get("UserGroupFilter") != null) {
                    p.barriers().createSegment(new BarrierSegment(params.get("name"),
                            String.valueOf(before.get("UserGroupFilter"))));
                }
            }
            case "BARRIER_POLICY" -> {
                p.barriers().deletePolicy(params.get("name"));
                if (!created && before != null && before.get("AssignedSegment") != null) {
                    p.barriers().createPolicy(new BarrierPolicyState(params.get("name"),
                            String.valueOf(before.get("AssignedSegment")),
                            (List<String>) before.getOrDefault("SegmentsAllowed", List.of()),
                            (List<String>) before.getOrDefault("SegmentsBlocked", List.of()), false));
                    if ("Active".equals(before.get("State"))) {
                        p.barriers().setPolicyActive(params.get("name"), true);
                    }
                }
            }
            case "ACTIVATE_BARRIER_POLICY" -> ignoreMissing(() -> p.barriers().setPolicyActive(params.get("name"), false));
            case "APPLY_BARRIERS" -> {
                // Re-applied once everything else is back.
            }
            case "MEETING_CONFIGURATION" -> p.teamsSettings().setAnonymousJoinDisabled(
                    Boolean.TRUE.equals(before.get("DisableAnonymousJoin")));
            case "MEETING_POLICY" -> {
                if (created) {
                    p.teamsSettings().deleteMeetingPolicy(params.get("identity"));
                } else {
                    p.teamsSettings().putMeetingPolicy(new MeetingPolicy(params.get("identity"),
                            Boolean.TRUE.equals(before.get("AllowAnonymousUsersToJoinMeeting")),
                            AutoAdmittedUsers.valueOf(String.valueOf(before.get("AutoAdmittedUsers")))));
                }
            }
            case "ASSIGN_MEETING_POLICY" -> {
                Object previous = r.get("before");
                p.teamsSettings().assignMeetingPolicy(params.get("upn"), previous == null ? null : previous.toString());
            }
            case "SCHEDULE_MEETING" -> {
                if (created) {
                    ignoreMissing(() -> p.meetings().deleteEvent(params.get("organizer"), String.valueOf(r.get("eventId"))));
                }
            }
            case "MEETING_LOBBY" -> {
                Object previous = r.get("before");
                if (previous != null) {
                    ignoreMissing(() -> p.meetings().setLobby(params.get("organizer"), String.valueOf(r.get("meetingId")),
                            LobbyBypass.valueOf(previous.toString())));
                }
            }
            default -> throw new IllegalArgumentException("the journal names an unknown change kind " + e.kind());
        }
    }

    /** An object already gone is what an undo wants. */
    private static void ignoreMissing(Runnable call) {
        try {
            call.run();
        } catch (NotFoundException e) {
            // already gone
        }
    }

}
