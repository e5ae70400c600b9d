package com.tenantbridge.domain.plan;

/**
 * The admin's word that a change may cut someone off: the change's id and the words it was confirmed with. A change
 * whose words differ at apply time (the tenant changed, so it would cut off someone else) must be confirmed again.
 */
public record NarrowingConfirmation(String change, String cuts) {

    public boolean confirms(String changeId, String narrows) {
        return change != null && change.equalsIgnoreCase(changeId) && cuts != null && cuts.equals(narrows);
    }
}
