package com.tenantbridge.service.report;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.domain.plan.VendorAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What Microsoft's articles ask someone to do after the settings are in place, per scenario; the tool cannot do
 * it, so it stays an open item until a person has.
 */
final class FollowUps {

    private FollowUps() {
    }

    /** {@code applied}: some change of this plan went through (before that, nothing follows up yet). */
    static List<String> of(DeploymentPlan plan, boolean applied) {
        List<String> out = new ArrayList<>();
        if (plan.scenario() == null || !applied) {
            return out;
        }
        switch (plan.scenario()) {
            case VENDOR_ACCOUNTS -> vendors(plan, out);
            case GUEST_ACCESS -> out.add("Each guest redeems the invitation sent to their address before they can"
                    + " be reached in the team (Microsoft Entra B2B invitation redemption).");
            case ANONYMOUS_JOIN -> out.add("When the help is no longer needed, remove the meeting policy assignment"
                    + " (Grant-CsTeamsMeetingPolicy -PolicyName $null) so anonymous join ends with it (Maester"
                    + " MT.1046).");
            case FEDERATION -> out.add("Each partner's admin confirms their side allows this tenant: external access"
                    + " works only when both tenants allow each other.");
        }
        return out;
    }

    private static void vendors(DeploymentPlan plan, List<String> out) {
        if (plan.vendors() == null) {
            return;
        }
        out.add("Hand each vendor person their sign-in from the credentials handout, over a channel other than"
                + " the one the user name travels on; they change the password at first sign-in.");
        long hololens = plan.vendors().accounts().stream().filter(Objects::nonNull).map(VendorAccount::device)
                .filter(d -> d == Device.HOLOLENS).count();
        if (hololens > 0) {
            out.add("For the " + hololens + " HoloLens account" + (hololens == 1 ? "" : "s") + ": set a device PIN"
                    + " on the HoloLens and hand out the PIN instead of the password (Microsoft: vendors using Remote"
                    + " Assist on HoloLens).");
        }
    }
}
