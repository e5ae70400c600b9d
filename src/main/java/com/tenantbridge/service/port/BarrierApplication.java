package com.tenantbridge.service.port;

/** Get-InformationBarrierPoliciesApplicationStatus: NotStarted, InProgress or Completed. */
public record BarrierApplication(String status, int percentProgress) {
    public boolean completed() {
        return "Completed".equalsIgnoreCase(status);
    }
}
