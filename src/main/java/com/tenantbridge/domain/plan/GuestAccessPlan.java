package com.tenantbridge.domain.plan;

import java.util.List;

/**
 * Scenario B. The host tenant is the experts' home; each target is a technician tenant that
 * invites them as guests. {@code inviteRedirectUrl} is where a guest lands after redeeming.
 */
public record GuestAccessPlan(String inviteRedirectUrl, Boolean sendInvitationMessage, String invitationMessage,
        List<GuestTarget> targets) {

    public static final String DEFAULT_REDIRECT_URL = "https://teams.microsoft.com";

    public GuestAccessPlan {
        targets = Lists.copy(targets);
    }
}
