package com.tenantbridge.service.port;

import java.util.List;

/** An information-barrier policy as the cmdlets show it: allowed or blocked segments, Active or Inactive. */
public record BarrierPolicyState(String name, String assignedSegment, List<String> segmentsAllowed,
        List<String> segmentsBlocked, boolean active) {

    public BarrierPolicyState {
        segmentsAllowed = List.copyOf(segmentsAllowed);
        segmentsBlocked = List.copyOf(segmentsBlocked);
    }
}
