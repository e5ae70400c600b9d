package com.tenantbridge.demoadmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tenantbridge.service.port.BarrierApplication;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.BarrierService;
import com.tenantbridge.service.port.NotFoundException;
import java.util.ArrayList;
import java.util.List;

/** The information-barriers port on a demo tenant, over its admin paths. */
public final class DemoBarrierService implements BarrierService {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final DemoAdminClient admin;

    public DemoBarrierService(String graphBaseUrl, String tenantDomain) {
        this.admin = new DemoAdminClient(graphBaseUrl, tenantDomain);
    }

    @Override
    public List<BarrierSegment> segments() {
        List<BarrierSegment> out = new ArrayList<>();
        admin.get("/informationBarriers/segments").path("value").forEach(s -> out.add(
                new BarrierSegment(s.path("Name").asText(), s.path("UserGroupFilter").asText())));
        return out;
    }

    @Override
    public void createSegment(BarrierSegment segment) {
        ObjectNode body = JSON.createObjectNode();
        body.put("Name", segment.name());
        body.put("UserGroupFilter", segment.userGroupFilter());
        admin.send("POST", "/informationBarriers/segments", body);
    }

    @Override
    public void deleteSegment(String name) {
        try {
            admin.send("DELETE", "/informationBarriers/segments/" + DemoAdminClient.segment(name), null);
        } catch (NotFoundException e) {
            // already gone
        }
    }

    @Override
    public List<BarrierPolicyState> policies() {
        List<BarrierPolicyState> out = new ArrayList<>();
        admin.get("/informationBarriers/policies").path("value").forEach(p -> out.add(new BarrierPolicyState(
                p.path("Name").asText(), p.path("AssignedSegment").asText(), list(p.path("SegmentsAllowed")),
                list(p.path("SegmentsBlocked")), "Active".equals(p.path("State").asText()))));
        return out;
    }

    @Override
    public void createPolicy(BarrierPolicyState policy) {
        ObjectNode body = JSON.createObjectNode();
        body.put("Name", policy.name());
        body.put("AssignedSegment", policy.assignedSegment());
        if (!policy.segmentsAllowed().isEmpty()) {
            ArrayNode a = body.putArray("SegmentsAllowed");
            policy.segmentsAllowed().forEach(a::add);
        }
        if (!policy.segmentsBlocked().isEmpty()) {
            ArrayNode b = body.putArray("SegmentsBlocked");
            policy.segmentsBlocked().forEach(b::add);
        }
        body.put("State", "Inactive");
        admin.send("POST", "/informationBarriers/policies", body);
    }

    @Override
    public void setPolicyActive(String name, boolean active) {
        ObjectNode body = JSON.createObjectNode();
        body.put("State", active ? "Active" : "Inactive");
        admin.send("PATCH", "/informationBarriers/policies/" + DemoAdminClient.segment(name), body);
    }

    @Override
    public void deletePolicy(String name) {
        try {
            admin.send("DELETE", "/informationBarriers/policies/" + DemoAdminClient.segment(name), null);
        } catch (NotFoundException e) {
            // already gone
        }
    }

    @Override
    public void startApplication() {
        admin.send("POST", "/informationBarriers/application", null);
    }

    @Override
    public BarrierApplication applicationStatus() {
        JsonNode s = admin.get("/informationBarriers/application");
        return new BarrierApplication(s.path("Status").asText("NotStarted"), s.path("PercentProgress").asInt());
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
