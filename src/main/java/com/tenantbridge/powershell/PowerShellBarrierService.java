package com.tenantbridge.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.service.change.PowerShellText;
import com.tenantbridge.service.port.BarrierApplication;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.BarrierService;
import com.tenantbridge.service.port.UnreachableException;
import java.util.ArrayList;
import java.util.List;

/**
 * Information barriers on a real tenant: Security &amp; Compliance PowerShell (ExchangeOnlineManagement,
 * Connect-IPPSSession; see {@link PowerShellSignIn}). When PowerShell, the module or the sign-in is missing, every
 * call is unreachable and the changes go into the runbook.
 */
public final class PowerShellBarrierService implements BarrierService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PowerShellHost host;

    public PowerShellBarrierService(PowerShellHost host) {
        this.host = host;
    }

    private JsonNode run(String body) {
        String out = host.run(body);
        try {
            return out.isBlank() ? JSON.createArrayNode() : JSON.readTree(out);
        } catch (Exception e) {
            throw new UnreachableException("Security & Compliance PowerShell did not answer JSON: " + out.strip()
                    + " \u2014 this setting is left to the runbook");
        }
    }

    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (node.isObject() && node.size() > 0) {
            out.add(node);
        }
        return out;
    }

    @Override
    public List<BarrierSegment> segments() {
        return items(run("@(Get-OrganizationSegment | Select-Object Name, UserGroupFilter) | ConvertTo-Json -Compress"
                + " -AsArray\n")).stream().map(s -> new BarrierSegment(s.path("Name").asText(),
                s.path("UserGroupFilter").asText())).toList();
    }

    @Override
    public void createSegment(BarrierSegment segment) {
        run("New-OrganizationSegment -Name " + PowerShellText.q(segment.name()) + " -UserGroupFilter "
                + PowerShellText.dq(segment.userGroupFilter()) + " | Out-Null\n");
    }

    @Override
    public void deleteSegment(String name) {
        run("Remove-OrganizationSegment -Identity " + PowerShellText.q(name) + " -Confirm:$false -ErrorAction"
                + " SilentlyContinue\n");
    }

    @Override
    public List<BarrierPolicyState> policies() {
        return items(run("@(Get-InformationBarrierPolicy | Select-Object Name, AssignedSegment,"
                + " @{n='SegmentsAllowed';e={@($_.SegmentsAllowed)}}, @{n='SegmentsBlocked';e={@($_.SegmentsBlocked)}},"
                + " @{n='State';e={\"$($_.State)\"}}) | ConvertTo-Json -Compress -AsArray\n")).stream()
                .map(p -> new BarrierPolicyState(p.path("Name").asText(), p.path("AssignedSegment").asText(),
                        PowerShellTeamsSettingsService.strings(p.path("SegmentsAllowed")),
                        PowerShellTeamsSettingsService.strings(p.path("SegmentsBlocked")),
                        "Active".equalsIgnoreCase(p.path("State").asText()))).toList();
    }

    @Override
    public void createPolicy(BarrierPolicyState policy) {
        String which = policy.segmentsAllowed().isEmpty()
                ? " -SegmentsBlocked "
                + PowerShellText.quoted(policy.segmentsBlocked())
                : " -SegmentsAllowed "
                + PowerShellText.quoted(policy.segmentsAllowed());
        run("New-InformationBarrierPolicy -Name " + PowerShellText.q(policy.name()) + " -AssignedSegment "
                + PowerShellText.q(policy.assignedSegment()) + which + " -State Inactive -Confirm:$false | Out-Null\n");
    }

    @Override
    public void setPolicyActive(String name, boolean active) {
        run("$p = Get-InformationBarrierPolicy -Identity " + PowerShellText.q(name) + "\n"
                + "Set-InformationBarrierPolicy -Identity $p.Guid -State " + (active ? "Active" : "Inactive")
                + " -Confirm:$false\n");
    }

    @Override
    public void deletePolicy(String name) {
        run("$p = Get-InformationBarrierPolicy -Identity " + PowerShellText.q(name) + " -ErrorAction SilentlyContinue\n"
                + "if ($p) { Remove-InformationBarrierPolicy -Identity $p.Guid -Confirm:$false }\n");
    }

    @Override
    public void startApplication() {
        run("Start-InformationBarrierPoliciesApplication | Out-Null\n");
    }

    @Override
    public BarrierApplication applicationStatus() {
        JsonNode s = run("Get-InformationBarrierPoliciesApplicationStatus | Select-Object"
                + " @{n='Status';e={\"$($_.Status)\"}}, PercentProgress | ConvertTo-Json -Compress\n");
        JsonNode first = s.isArray() ? s.path(0) : s;
        return new BarrierApplication(first.path("Status").asText("NotStarted"), first.path("PercentProgress").asInt());
    }
}
