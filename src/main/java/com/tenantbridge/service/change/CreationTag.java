package com.tenantbridge.service.change;

import com.tenantbridge.service.port.DirectoryUser;

/**
 * What proves an account was sent by a run (docs/decisions/0006): every account a run creates carries its run's tag,
 * written into the create request itself, and the run's STARTED line in the journal names the run before the
 * request leaves. An account with the run's name but without its tag was made by someone else, however young it is:
 * a creation time inside the run's window is no proof (an admin may make it by hand after a kill -9).
 *
 * <p>The Graph adapter writes the tag into the account's onPremisesExtensionAttributes.extensionAttribute15 (Exchange's
 * CustomAttribute15), which Graph lets a create request set for a cloud-only user and reads back on $select
 * (https://learn.microsoft.com/graph/api/resources/user, onPremisesExtensionAttributes). A run's accounts are
 * cloud-only service accounts in the host tenant, so the attribute is free for it.
 */
public final class CreationTag {

    private static final String PREFIX = "TenantBridge run ";

    private CreationTag() {
    }

    /** The tag of run {@code run}: readable to an admin who finds it, unique to the run. */
    public static String of(String run) {
        return run == null ? null : PREFIX + run;
    }

    /** Whether {@code user} carries the tag of run {@code run}: sent by that run, and by nothing else. */
    public static boolean sentBy(String run, DirectoryUser user) {
        return run != null && user != null && of(run).equals(user.creationTag());
    }
}
