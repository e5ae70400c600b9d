package com.tenantbridge.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.PowerShellInventory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads pwsh's version and the modules' installed versions in one short session that signs in nowhere. */
public final class PowerShellProbe implements PowerShellInventory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> pwsh;
    private final boolean tokens;

    /** {@code tokens}: whether the modules would be handed TenantBridge's tokens (a higher least version). */
    public PowerShellProbe(Optional<Path> pwsh, boolean tokens) {
        this.pwsh = pwsh;
        this.tokens = tokens;
    }

    @Override
    public List<Item> read() {
        String least = PowerShellModule.LEAST_POWERSHELL;
        if (pwsh.isEmpty()) {
            return List.of(new Item("PowerShell 7", null, least, false, "Install PowerShell " + least + " or later"
                    + " (learn.microsoft.com/powershell/scripting/install/installing-powershell); until then the Teams"
                    + " and barrier settings are handed over as a runbook."));
        }
        List<Item> items = new ArrayList<>();
        try (PowerShellSession session = PowerShellSession.start(pwsh.get(), Map.of(), line -> { })) {
            String version = null;
            for (PowerShellModule m : PowerShellModule.values()) {
                JsonNode v = JSON.readTree(session.run(PowerShellChecks.versionScript(m), Duration.ofMinutes(2)));
                version = v.path("PowerShell").asText("");
                String found = v.path("Module").asText("");
                Optional<String> notHere = m.unavailableOn(System.getProperty("os.name"));
                // The module's version decides the PowerShell it needs (exchange-online-powershell-v2).
                String leastPs = found.isBlank() ? least : m.leastPowerShell(found);
                boolean ready = notHere.isEmpty() && PowerShellModule.atLeast(found, m.least(tokens))
                        && PowerShellModule.atLeast(version, leastPs);
                items.add(new Item(m.moduleName(), found.isBlank() ? null : found, m.least(tokens), ready, ready ? null
                        : notHere.isPresent() ? notHere.get() : found.isBlank() ? m.install() + " in PowerShell 7"
                                : !PowerShellModule.atLeast(found, m.least(tokens)) ? "Update-Module " + m.moduleName()
                                        + " in PowerShell 7" : m.moduleName() + " " + found + " needs PowerShell "
                                                + leastPs + " or later: update PowerShell 7"));
            }
            boolean ready = PowerShellModule.atLeast(version, least);
            items.add(0, new Item("PowerShell 7", version, least, ready, ready ? null : "Install PowerShell " + least
                    + " or later"));
        } catch (PortException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of(new Item("PowerShell 7", null, least, false, "PowerShell at " + pwsh.get() + " did not"
                    + " answer (" + e.getMessage() + "): run pwsh once by hand to see why."));
        }
        return items;
    }
}
