package com.tenantbridge.service.port;

import java.util.List;

/** Information barriers (Security &amp; Compliance PowerShell on a real tenant). */
public interface BarrierService {

    List<BarrierSegment> segments();

    void createSegment(BarrierSegment segment);

    void deleteSegment(String name);

    List<BarrierPolicyState> policies();

    /** Creates the policy Inactive, as Microsoft advises: policies are activated once all exist. */
    void createPolicy(BarrierPolicyState policy);

    void setPolicyActive(String name, boolean active);

    void deletePolicy(String name);

    void startApplication();

    BarrierApplication applicationStatus();
}
