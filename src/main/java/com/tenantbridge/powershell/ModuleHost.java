package com.tenantbridge.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.UnreachableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One module's pwsh for one tenant, opened on first use: pwsh and the module are checked against their least
 * versions, then the module signs in once. What cannot be done is said once, with what to install or do, and every
 * later call is refused with the same words rather than asking the admin to sign in again and again.
 */
public final class ModuleHost implements PowerShellHost, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL = Duration.ofMinutes(5);
    /** A sign-in waits for the admin at the browser or the device-code page. */
    private static final Duration SIGN_IN = Duration.ofMinutes(10);

    private final Optional<Path> pwsh;
    private final PowerShellModule module;
    private final String tenant;
    private final PowerShellSignIn signIn;
    private final Consumer<String> messages;
    private PowerShellSession session;
    private String refused;

    public ModuleHost(Optional<Path> pwsh, PowerShellModule module, String tenant, PowerShellSignIn signIn,
            Consumer<String> messages) {
        this.pwsh = pwsh;
        this.module = module;
        this.tenant = tenant;
        this.signIn = signIn;
        this.messages = messages;
    }

    @Override
    public synchronized String run(String script) {
        open();
        try {
            return session.run(script, CALL);
        } catch (PortException e) {
            if (!session.alive()) {
                refused = module.label() + " for " + tenant + " stopped: " + e.getMessage();
            }
            throw new UnreachableException(module.label() + " failed on " + tenant + ": " + firstLine(e.getMessage())
                    + " \u2014 this setting is left to the runbook");
        }
    }

    private void open() {
        if (refused != null) {
            throw new UnreachableException(refused);
        }
        if (session != null) {
            return;
        }
        java.util.Optional<String> notHere = module.unavailableOn(System.getProperty("os.name"));
        if (notHere.isPresent()) {
            throw refuse(notHere.get());
        }
        if (pwsh.isEmpty()) {
            throw refuse("PowerShell 7 (pwsh) is not installed here: install PowerShell " + PowerShellModule
                    .LEAST_POWERSHELL + " or later and the " + module.moduleName() + " module (" + module.install()
                    + ")");
        }
        PowerShellSession started;
        try {
            started = PowerShellSession.start(pwsh.get(), signIn.handsOverTokens() ? signIn.tokens().get()
                    : Map.of(), messages);
        } catch (PortException e) {
            // pwsh that cannot start, or tokens that cannot be had, leave these settings to the runbook too.
            throw refuse(firstLine(e.getMessage()));
        }
        try {
            versions(started);
            messages.accept("Signing in to " + module.label() + " for " + tenant + (signIn.handsOverTokens() ? ""
                    : " as " + signIn.account() + (signIn.deviceCode() && module.hasDeviceCode()
                            ? " (a device code follows)"
                            : " (a browser window opens)")) + "\u2026");
            started.run(signIn.connect(module), SIGN_IN);
        } catch (PortException e) {
            started.close();
            throw e instanceof UnreachableException u ? u : refuse("could not sign in to " + module.label() + " for "
                    + tenant + ": " + firstLine(e.getMessage()));
        }
        session = started;
    }

    /** The versions first: a missing or old module is named with the command that fixes it. */
    private void versions(PowerShellSession started) {
        JsonNode v;
        try {
            v = JSON.readTree(started.run(PowerShellChecks.versionScript(module), CALL));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw refuse("PowerShell did not say which versions it has");
        }
        String ps = v.path("PowerShell").asText("");
        String found = v.path("Module").asText("");
        String least = module.least(signIn.handsOverTokens());
        if (!PowerShellModule.atLeast(ps, PowerShellModule.LEAST_POWERSHELL)) {
            throw refuse("PowerShell " + ps + " is older than the " + PowerShellModule.LEAST_POWERSHELL
                    + " the " + module.moduleName() + " module needs: install PowerShell 7");
        }
        if (found.isBlank()) {
            throw refuse("the PowerShell module " + module.moduleName() + " is not installed: run " + module.install()
                    + " in PowerShell 7");
        }
        if (!PowerShellModule.atLeast(found, least)) {
            throw refuse(module.moduleName() + " " + found + " is older than the " + least + " this needs: run"
                    + " Update-Module " + module.moduleName() + " in PowerShell 7");
        }
        String leastPs = module.leastPowerShell(found);
        if (!PowerShellModule.atLeast(ps, leastPs)) {
            throw refuse(module.moduleName() + " " + found + " needs PowerShell " + leastPs + " or later, and this is "
                    + ps + ": update PowerShell 7");
        }
    }

    private UnreachableException refuse(String why) {
        refused = why + " (until then, " + tenant + "'s " + module.label() + " settings are in the runbook)";
        return new UnreachableException(refused);
    }

    private static String firstLine(String message) {
        return message == null ? "no error text" : message.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).findFirst().orElse("no error text");
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
