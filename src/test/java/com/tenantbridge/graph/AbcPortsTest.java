package com.tenantbridge.graph;

import com.tenantbridge.DemoConnections;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.service.port.TenantPorts;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-memory demo tenant per test and ABC's ports over it, through the Graph SDK as the app uses them. */
abstract class AbcPortsTest {

    protected DemoTenantServer server;
    protected TenantPorts abc;

    @BeforeEach
    void startDemoTenant() throws Exception {
        server = DemoTenantServer.start(DemoOptions.inMemory());
        Set<String> domains = new HashSet<>();
        server.tenants().forEach(t -> domains.addAll(t.domains()));
        abc = new DemoConnections(server.graphBaseUrl(), domains).ports("abc.com").orElseThrow();
    }

    @AfterEach
    void stopDemoTenant() {
        server.close();
    }
}
