package com.tenantbridge.graph;

import com.microsoft.graph.models.CrossTenantAccessPolicyB2BSetting;
import com.microsoft.graph.models.CrossTenantAccessPolicyConfigurationDefault;
import com.microsoft.graph.models.CrossTenantAccessPolicyConfigurationPartner;
import com.microsoft.graph.models.CrossTenantAccessPolicyTarget;
import com.microsoft.graph.models.CrossTenantAccessPolicyTargetConfiguration;
import com.microsoft.graph.models.CrossTenantAccessPolicyTargetConfigurationAccessType;
import com.microsoft.graph.models.CrossTenantAccessPolicyTargetType;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.service.port.CrossTenantAccessService;
import com.tenantbridge.service.port.PartnerSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cross-tenant access settings over Graph (policies/crossTenantAccessPolicy). */
public final class GraphCrossTenantAccessService implements CrossTenantAccessService {

    private final GraphServiceClient graph;

    public GraphCrossTenantAccessService(GraphServiceClient graph) {
        this.graph = graph;
    }

    @Override
    public PartnerSettings defaultSettings() {
        CrossTenantAccessPolicyConfigurationDefault d = GraphErrors.call("read the cross-tenant access default",
                () -> graph.policies().crossTenantAccessPolicy().defaultEscaped().get());
        return new PartnerSettings(effective(d.getB2bCollaborationInbound()),
                effective(d.getB2bCollaborationOutbound()),
                effective(d.getB2bDirectConnectInbound()), effective(d.getB2bDirectConnectOutbound()));
    }

    @Override
    public Optional<PartnerSettings> partner(String tenantId) {
        try {
            CrossTenantAccessPolicyConfigurationPartner p = GraphErrors.answered("read the cross-tenant access"
                    + " settings for " + tenantId, () -> graph.policies().crossTenantAccessPolicy().partners()
                    .byCrossTenantAccessPolicyConfigurationPartnerTenantId(tenantId).get());
            java.util.Set<String> scoped = new java.util.HashSet<>();
            scoped(p.getB2bCollaborationInbound(), "b2bCollaborationInbound", scoped);
            scoped(p.getB2bCollaborationOutbound(), "b2bCollaborationOutbound", scoped);
            scoped(p.getB2bDirectConnectInbound(), "b2bDirectConnectInbound", scoped);
            scoped(p.getB2bDirectConnectOutbound(), "b2bDirectConnectOutbound", scoped);
            return Optional.of(new PartnerSettings(setting(p.getB2bCollaborationInbound()),
                    setting(p.getB2bCollaborationOutbound()), setting(p.getB2bDirectConnectInbound()),
                    setting(p.getB2bDirectConnectOutbound()), scoped, others(p)));
        } catch (ApiException e) {
            if (GraphErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw GraphErrors.translate("read the cross-tenant access settings for " + tenantId, e);
        }
    }

    /**
     * What else the partner configuration carries (crossTenantAccessPolicyConfigurationPartner): inboundTrust,
     * automaticUserConsentSettings, isInMultiTenantOrganization. Its identitySynchronization is a read of its own
     * ({@link #hasIdentitySynchronization}), made only when an undo weighs deleting the partner.
     */
    private static java.util.Set<String> others(CrossTenantAccessPolicyConfigurationPartner p) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        var trust = p.getInboundTrust();
        if (trust != null && (Boolean.TRUE.equals(trust.getIsMfaAccepted())
                || Boolean.TRUE.equals(trust.getIsCompliantDeviceAccepted())
                || Boolean.TRUE.equals(trust.getIsHybridAzureADJoinedDeviceAccepted()))) {
            out.add("inbound trust");
        }
        var consent = p.getAutomaticUserConsentSettings();
        if (consent != null && (Boolean.TRUE.equals(consent.getInboundAllowed())
                || Boolean.TRUE.equals(consent.getOutboundAllowed()))) {
            out.add("automatic user consent");
        }
        if (Boolean.TRUE.equals(p.getIsInMultiTenantOrganization())) {
            out.add("multitenant organization membership");
        }
        return out;
    }

    /** crosstenantaccesspolicyconfigurationpartner-get-identitysynchronization: 404 when there is none. */
    @Override
    public boolean hasIdentitySynchronization(String tenantId) {
        try {
            GraphErrors.answered("read the identity synchronization for " + tenantId, () -> graph.policies()
                    .crossTenantAccessPolicy().partners().byCrossTenantAccessPolicyConfigurationPartnerTenantId(
                            tenantId).identitySynchronization().get());
            return true;
        } catch (ApiException e) {
            if (GraphErrors.isNotFound(e)) {
                return false;
            }
            throw GraphErrors.translate("read the identity synchronization for " + tenantId, e);
        }
    }

    @Override
    public void createPartner(String tenantId, PartnerSettings settings) {
        CrossTenantAccessPolicyConfigurationPartner p = new CrossTenantAccessPolicyConfigurationPartner();
        p.setTenantId(tenantId);
        apply(p, settings, false);
        GraphErrors.run("create cross-tenant access settings for " + tenantId,
                () -> graph.policies().crossTenantAccessPolicy().partners().post(p));
    }

    @Override
    public void updatePartner(String tenantId, PartnerSettings settings) {
        CrossTenantAccessPolicyConfigurationPartner p = new CrossTenantAccessPolicyConfigurationPartner();
        apply(p, settings, true);
        GraphErrors.run("update cross-tenant access settings for " + tenantId,
                () -> graph.policies().crossTenantAccessPolicy().partners()
                        .byCrossTenantAccessPolicyConfigurationPartnerTenantId(tenantId).patch(p));
    }

    @Override
    public void deletePartner(String tenantId) {
        GraphErrors.run("delete cross-tenant access settings for " + tenantId,
                () -> graph.policies().crossTenantAccessPolicy().partners()
                        .byCrossTenantAccessPolicyConfigurationPartnerTenantId(tenantId).delete());
    }

    /**
     * Sets each direction the settings name (crosstenantaccesspolicyconfigurationpartner-update: a PATCH changes
     * only the properties it carries). INHERIT is sent as an explicit null when patching, which returns the direction
     * to the default; the SDK leaves unset properties out, so the null goes through additionalData.
     */
    private static void apply(CrossTenantAccessPolicyConfigurationPartner p, PartnerSettings s, boolean explicitNulls) {
        Map<String, Object> nulls = new HashMap<>();
        set(s.b2bCollaborationInbound(), p::setB2bCollaborationInbound, "b2bCollaborationInbound", nulls,
                explicitNulls);
        set(s.b2bCollaborationOutbound(), p::setB2bCollaborationOutbound, "b2bCollaborationOutbound", nulls,
                explicitNulls);
        set(s.b2bDirectConnectInbound(), p::setB2bDirectConnectInbound, "b2bDirectConnectInbound", nulls,
                explicitNulls);
        set(s.b2bDirectConnectOutbound(), p::setB2bDirectConnectOutbound, "b2bDirectConnectOutbound", nulls,
                explicitNulls);
        if (!nulls.isEmpty()) {
            p.getAdditionalData().putAll(nulls);
        }
    }

    /**
     * A direction limited to chosen users, groups or applications: its targets are not just AllUsers and
     * AllApplications (crossTenantAccessPolicyTarget: target is "AllUsers", "AllApplications", or an object id).
     */
    private static void scoped(CrossTenantAccessPolicyB2BSetting s, String name, java.util.Set<String> scoped) {
        if (s == null) {
            return;
        }
        if (limited(s.getUsersAndGroups(), "AllUsers") || limited(s.getApplications(), "AllApplications")) {
            scoped.add(name);
        }
    }

    private static boolean limited(CrossTenantAccessPolicyTargetConfiguration c, String all) {
        return c != null && c.getTargets() != null && c.getTargets().stream().anyMatch(t -> !all.equalsIgnoreCase(
                t.getTarget()));
    }

    /** A null direction is left out of the request, so the tenant keeps it as it is. */
    private static void set(AccessSetting value, java.util.function.Consumer<CrossTenantAccessPolicyB2BSetting> setter,
            String name, Map<String, Object> nulls, boolean explicitNulls) {
        if (value == null) {
            return;
        }
        if (value == AccessSetting.INHERIT) {
            if (explicitNulls) {
                nulls.put(name, null);
            }
            return;
        }
        setter.accept(allUsersAndApps(value == AccessSetting.ALLOWED
                ? CrossTenantAccessPolicyTargetConfigurationAccessType.Allowed
                : CrossTenantAccessPolicyTargetConfigurationAccessType.Blocked));
    }

    private static CrossTenantAccessPolicyB2BSetting allUsersAndApps(
            CrossTenantAccessPolicyTargetConfigurationAccessType type) {
        CrossTenantAccessPolicyTarget users = new CrossTenantAccessPolicyTarget();
        users.setTarget("AllUsers");
        users.setTargetType(CrossTenantAccessPolicyTargetType.User);
        CrossTenantAccessPolicyTargetConfiguration usersAndGroups = new CrossTenantAccessPolicyTargetConfiguration();
        usersAndGroups.setAccessType(type);
        usersAndGroups.setTargets(List.of(users));
        CrossTenantAccessPolicyTarget apps = new CrossTenantAccessPolicyTarget();
        apps.setTarget("AllApplications");
        apps.setTargetType(CrossTenantAccessPolicyTargetType.Application);
        CrossTenantAccessPolicyTargetConfiguration applications = new CrossTenantAccessPolicyTargetConfiguration();
        applications.setAccessType(type);
        applications.setTargets(List.of(apps));
        CrossTenantAccessPolicyB2BSetting setting = new CrossTenantAccessPolicyB2BSetting();
        setting.setUsersAndGroups(usersAndGroups);
        setting.setApplications(applications);
        return setting;
    }

    private static AccessSetting setting(CrossTenantAccessPolicyB2BSetting s) {
        if (s == null || s.getUsersAndGroups() == null || s.getUsersAndGroups().getAccessType() == null) {
            return AccessSetting.INHERIT;
        }
        return s.getUsersAndGroups().getAccessType() == CrossTenantAccessPolicyTargetConfigurationAccessType.Blocked
                ? AccessSetting.BLOCKED : AccessSetting.ALLOWED;
    }

    /**
     * The default always has a value; a missing one means the service default (B2B allowed, direct connect
     * blocked).
     */
    private static AccessSetting effective(CrossTenantAccessPolicyB2BSetting s) {
        AccessSetting v = setting(s);
        return v == AccessSetting.INHERIT ? AccessSetting.ALLOWED : v;
    }
}
