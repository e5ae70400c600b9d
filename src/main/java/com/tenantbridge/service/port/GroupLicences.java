package com.tenantbridge.service.port;

import java.util.List;
import java.util.UUID;

/**
 * What a group gives its members and how far Microsoft Entra is with it: {@code processing} is the group's
 * licenseProcessingState (QueuedForProcessing, ProcessingInProgress, ProcessingComplete; null when never
 * licensed), {@code membersWithErrors} the user principal names of members whose licence from it failed.
 */
public record GroupLicences(List<UUID> skuIds, String processing, List<String> membersWithErrors) {

    public GroupLicences {
        skuIds = List.copyOf(skuIds);
        membersWithErrors = List.copyOf(membersWithErrors);
    }

    public boolean processed() {
        return "ProcessingComplete".equalsIgnoreCase(processing);
    }
}
