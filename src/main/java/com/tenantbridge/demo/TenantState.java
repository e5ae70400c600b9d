package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One demo tenant's directory and settings, kept as Graph-shaped JSON. Not thread-safe: callers hold
 * the tenant's monitor ({@code synchronized (tenant)}) for every read and write.
 *
 * <p>Eventual consistency: an object created while replication lag is on stays invisible to reads
 * (and to calls that reference it) until its {@code visibleAt} time, as Graph answers 404 for a few
 * seconds after a create.
 */
final class TenantState {

    final String tenantId;
    final String displayName;
    final ObjectNode organization;
    /** Fixed once seeded: read without the tenant's lock. */
    final List<ObjectNode> domains = new ArrayList<>();
    final List<ObjectNode> subscribedSkus = new ArrayList<>();
    /** Commercial subscriptions (companySubscription) with their nextLifecycleDateTime. */
    final List<ObjectNode> subscriptions = new ArrayList<>();
    /** Applications consented to or provisioned in the tenant, by appId. */
    final List<ObjectNode> servicePrincipals = new ArrayList<>();
    /** Directory roles with the ids of their members (directoryrole-list-members). */
    final List<ObjectNode> directoryRoles = new ArrayList<>();
    /** App registrations made in the tenant (application-post-applications). */
    final List<ObjectNode> applications = new ArrayList<>();
    final LinkedHashMap<String, ObjectNode> users = new LinkedHashMap<>();
    final LinkedHashMap<String, ObjectNode> groups = new LinkedHashMap<>();
    /** groupId → userId → membership (id, userId, roles). */
    final Map<String, LinkedHashMap<String, ObjectNode>> memberships = new HashMap<>();
    ObjectNode crossTenantDefault;
    final LinkedHashMap<String, ObjectNode> crossTenantPartners = new LinkedHashMap<>();
    /** userId → eventId → event. */
    final Map<String, LinkedHashMap<String, ObjectNode>> events = new HashMap<>();
    /** userId → meetingId → onlineMeeting. */
    final Map<String, LinkedHashMap<String, ObjectNode>> onlineMeetings = new HashMap<>();
    /**
     * Calendar sharing: owner's user principal name (lower case) → delegate's (lower case) → "read" or "write", as an
     * owner shares a calendar in Outlook (Graph's calendarPermission roles, reduced to what the demo needs).
     */
    final Map<String, Map<String, String>> calendarSharing = new HashMap<>();
    /** Teams-only settings that Graph does not expose (federation, meetings, client configuration). */
    final ObjectNode teams;
    /** Information barriers (segments, policies, application), reached with Security &amp; Compliance PowerShell. */
    final ObjectNode informationBarriers;

    private final Map<String, String> idByUpn = new HashMap<>();
    /** Assigned units per skuId (lower case): counted as assignments change, not by scanning every user. */
    private final Map<String, Integer> consumed = new HashMap<>();
    private final Map<String, Long> visibleAt = new HashMap<>();
    private final LongSupplier clock;
    private boolean changed;

    TenantState(ObjectNode snapshot, LongSupplier clock) {
        this.clock = clock;
        this.tenantId = snapshot.path("tenantId").asText();
        this.displayName = snapshot.path("displayName").asText();
        this.organization = (ObjectNode) snapshot.path("organization").deepCopy();
        snapshot.path("domains").forEach(d -> domains.add((ObjectNode) d.deepCopy()));
        snapshot.path("subscribedSkus").forEach(s -> subscribedSkus.add((ObjectNode) s.deepCopy()));
        snapshot.path("subscriptions").forEach(s -> subscriptions.add((ObjectNode) s.deepCopy()));
        snapshot.path("servicePrincipals").forEach(s -> servicePrincipals.add((ObjectNode) s.deepCopy()));
        snapshot.path("directoryRoles").forEach(r -> directoryRoles.add((ObjectNode) r.deepCopy()));
        snapshot.path("applications").forEach(a -> applications.add((ObjectNode) a.deepCopy()));
        snapshot.path("users").forEach(u -> putUser((ObjectNode) u.deepCopy()));
        snapshot.path("groups").forEach(g -> groups.put(g.path("id").asText(), (ObjectNode) g.deepCopy()));
        snapshot.path("memberships").fields().forEachRemaining(e -> {
            LinkedHashMap<String, ObjectNode> members = new LinkedHashMap<>();
            e.getValue().forEach(m -> members.put(m.path("userId").asText(), (ObjectNode) m.deepCopy()));
            memberships.put(e.getKey(), members);
        });
        JsonNode ctap = snapshot.path("crossTenantAccessPolicy");
        this.crossTenantDefault = (ObjectNode) ctap.path("default").deepCopy();
        ctap.path("partners").forEach(p -> crossTenantPartners.put(p.path("tenantId").asText(),
                (ObjectNode) p.deepCopy()));
        snapshot.path("calendarSharing").fields().forEachRemaining(owner -> {
            Map<String, String> delegates = new HashMap<>();
            owner.getValue().fields().forEachRemaining(d -> delegates.put(d.getKey().toLowerCase(java.util.Locale.ROOT),
                    d.getValue().asText()));
            calendarSharing.put(owner.getKey().toLowerCase(java.util.Locale.ROOT), delegates);
        });
        readNested(snapshot.path("events"), events);
        readNested(snapshot.path("onlineMeetings"), onlineMeetings);
        this.teams = snapshot.path("teams") instanceof ObjectNode t ? t.deepCopy() : Json.object();
        this.informationBarriers = snapshot.path("informationBarriers") instanceof ObjectNode ib ? ib.deepCopy()
                : Json.object();
    }

    private static void readNested(JsonNode node, Map<String, LinkedHashMap<String, ObjectNode>> into) {
        node.fields().forEachRemaining(e -> {
            LinkedHashMap<String, ObjectNode> items = new LinkedHashMap<>();
            e.getValue().forEach(item -> items.put(item.path("id").asText(), (ObjectNode) item.deepCopy()));
            into.put(e.getKey(), items);
        });
    }

    /** The whole state as JSON, in the seed files' shape; what the data folder stores. */
    ObjectNode snapshot() {
        ObjectNode root = Json.object();
        root.put("tenantId", tenantId);
        root.put("displayName", displayName);
        root.set("organization", organization.deepCopy());
        root.set("domains", array(domains));
        root.set("subscribedSkus", array(subscribedSkus));
        root.set("subscriptions", array(subscriptions));
        root.set("servicePrincipals", array(servicePrincipals));
        root.set("directoryRoles", array(directoryRoles));
        root.set("applications", array(applications));
        root.set("users", array(users.values()));
        root.set("groups", array(groups.values()));
        ObjectNode ms = root.putObject("memberships");
        memberships.forEach((g, members) -> ms.set(g, array(members.values())));
        ObjectNode ctap = root.putObject("crossTenantAccessPolicy");
        ctap.set("default", crossTenantDefault.deepCopy());
        ctap.set("partners", array(crossTenantPartners.values()));
        ObjectNode sharing = root.putObject("calendarSharing");
        calendarSharing.forEach((owner, delegates) -> {
            ObjectNode d = sharing.putObject(owner);
            delegates.forEach(d::put);
        });
        ObjectNode ev = root.putObject("events");
        events.forEach((u, items) -> ev.set(u, array(items.values())));
        ObjectNode om = root.putObject("onlineMeetings");
        onlineMeetings.forEach((u, items) -> om.set(u, array(items.values())));
        root.set("teams", teams.deepCopy());
        root.set("informationBarriers", informationBarriers.deepCopy());
        return root;
    }

    private static ArrayNode array(Iterable<ObjectNode> items) {
        ArrayNode a = Json.array();
        items.forEach(i -> a.add(i.deepCopy()));
        return a;
    }

    // ---- change tracking and replication lag --------------------------------------------------------

    void markChanged() {
        changed = true;
    }

    /** True once after every change: the data folder saves it. */
    boolean takeChanged() {
        boolean was = changed;
        changed = false;
        return was;
    }

    long now() {
        return clock.getAsLong();
    }

    void created(String id, long lagMillis) {
        if (lagMillis > 0) {
            visibleAt.put(id, now() + lagMillis);
        }
        markChanged();
    }

    boolean visible(String id) {
        Long at = visibleAt.get(id);
        if (at == null) {
            return true;
        }
        if (now() >= at) {
            visibleAt.remove(id);
            return true;
        }
        return false;
    }

    // ---- domains -------------------------------------------------------------------------------------

    boolean hasVerifiedDomain(String domain) {
        return domains.stream().anyMatch(d -> d.path("isVerified").asBoolean()
                && d.path("id").asText().equalsIgnoreCase(domain));
    }

    String defaultDomain() {
        return domains.stream().filter(d -> d.path("isDefault").asBoolean()).map(d -> d.path("id").asText())
                .findFirst().orElse(domains.get(0).path("id").asText());
    }

    String initialDomain() {
        return domains.stream().filter(d -> d.path("isInitial").asBoolean()).map(d -> d.path("id").asText())
                .findFirst().orElse(defaultDomain());
    }

    // ---- users ---------------------------------------------------------------------------------------

    void putUser(ObjectNode user) {
        String id = user.path("id").asText();
        ObjectNode previous = users.put(id, user);
        if (previous != null) {
            idByUpn.remove(previous.path("userPrincipalName").asText().toLowerCase(Locale.ROOT));
            count(previous.path("assignedLicenses"), -1);
        }
        count(user.path("assignedLicenses"), 1);
        idByUpn.put(user.path("userPrincipalName").asText().toLowerCase(Locale.ROOT), id);
    }

    void removeUser(String id) {
        ObjectNode removed = users.remove(id);
        if (removed != null) {
            idByUpn.remove(removed.path("userPrincipalName").asText().toLowerCase(Locale.ROOT));
            count(removed.path("assignedLicenses"), -1);
        }
        memberships.values().forEach(m -> m.remove(id));
        events.remove(id);
        onlineMeetings.remove(id);
        visibleAt.remove(id);
    }

    /** A user by object id or user principal name, whether or not replication has caught up. */
    Optional<ObjectNode> anyUser(String idOrUpn) {
        ObjectNode byId = users.get(idOrUpn);
        if (byId != null) {
            return Optional.of(byId);
        }
        String id = idByUpn.get(idOrUpn.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(id == null ? null : users.get(id));
    }

    /** A user that reads can see: 404 while replication lag hides it. */
    /** Whether {@code owner} shares their calendar with {@code delegate}, for writing when {@code write}. */
    boolean calendarSharedWith(String owner, String delegate, boolean write) {
        String role = calendarSharing.getOrDefault(owner.toLowerCase(java.util.Locale.ROOT), Map.of())
                .get(delegate == null ? "" : delegate.toLowerCase(java.util.Locale.ROOT));
        return role != null && (!write || role.equals("write"));
    }

    ObjectNode user(String idOrUpn) {
        return anyUser(idOrUpn).filter(u -> visible(u.path("id").asText()))
                .orElseThrow(() -> GraphError.notFound(idOrUpn));
    }

    ObjectNode group(String id) {
        ObjectNode g = groups.get(id);
        if (g == null || !visible(id)) {
            throw GraphError.notFound(id);
        }
        return g;
    }

    LinkedHashMap<String, ObjectNode> membersOf(String groupId) {
        return memberships.computeIfAbsent(groupId, k -> new LinkedHashMap<>());
    }

    Optional<ObjectNode> sku(String skuId) {
        return subscribedSkus.stream().filter(s -> s.path("skuId").asText().equalsIgnoreCase(skuId)).findFirst();
    }

    /** consumedUnits follows the assignments, as in a real tenant. */
    int consumedUnits(String skuId) {
        return consumed.getOrDefault(skuId.toLowerCase(Locale.ROOT), 0);
    }

    /** Replaces a user's licences, keeping the per-sku counts in step. */
    void setLicences(ObjectNode user, ArrayNode licences) {
        count(user.path("assignedLicenses"), -1);
        user.set("assignedLicenses", licences);
        count(licences, 1);
    }

    private void count(JsonNode licences, int delta) {
        for (JsonNode l : licences) {
            consumed.merge(l.path("skuId").asText().toLowerCase(Locale.ROOT), delta, Integer::sum);
        }
    }
}
