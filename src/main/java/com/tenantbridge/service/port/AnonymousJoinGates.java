package com.tenantbridge.service.port;

import java.util.List;
import java.util.Locale;

/**
 * What else in a Teams meeting policy can stop or gate an anonymous participant (Set-CsTeamsMeetingPolicy,
 * https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsmeetingpolicy):
 * {@code authentication} AnonymousUserAuthenticationMethod ("OneTimePasscode", the default: a passcode to their email;
 * or "None"); {@code captcha} CaptchaVerificationForMeetingJoin ("NotRequired", or
 * "AnonymousUsersAndUntrustedOrganizations": a CAPTCHA first); {@code blockedClients} BlockedAnonymousJoinClientTypes
 * ("ACS", "Teams"; both "is equivalent to disabling anonymous join completely").
 */
public record AnonymousJoinGates(String authentication, String captcha, List<String> blockedClients) {

    /** What a policy created without them has: the defaults the page gives. */
    public static final AnonymousJoinGates DEFAULTS = new AnonymousJoinGates("OneTimePasscode", "NotRequired",
            List.of());

    public AnonymousJoinGates {
        blockedClients = blockedClients == null ? List.of() : List.copyOf(blockedClients);
    }

    /** Teams clients blocked: the invited expert, who joins from Teams, cannot join anonymously at all. */
    public boolean blocksTeamsClients() {
        return blockedClients.stream().anyMatch(c -> c.strip().equalsIgnoreCase("Teams"));
    }

    public boolean asksCaptcha() {
        return captcha != null && captcha.toLowerCase(Locale.ROOT).startsWith("anonymoususers");
    }

    public boolean sendsPasscode() {
        return authentication == null || authentication.equalsIgnoreCase("OneTimePasscode");
    }
}
