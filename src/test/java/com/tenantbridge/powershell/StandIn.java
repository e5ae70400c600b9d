package com.tenantbridge.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A folder holding a stand-in {@code pwsh} (StandInPwsh in its own JVM), its tenant state and its call log. */
public final class StandIn {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final Path pwsh;

    public StandIn(Path dir, ObjectNode state) throws IOException {
        this.dir = Files.createDirectories(dir);
        Files.writeString(dir.resolve("state.json"), JSON.writeValueAsString(state));
        pwsh = dir.resolve("pwsh");
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.writeString(pwsh, "#!/bin/sh\nSTANDIN_DIR='" + dir + "' exec '" + java + "' -Xshare:auto"
                + " -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' " + StandInPwsh.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(pwsh, PosixFilePermissions.fromString("rwx------"));
    }

    /** A tenant with PowerShell 7.4, both modules recent enough for any sign-in, and open federation. */
    public static ObjectNode healthy() {
        ObjectNode state = JSON.createObjectNode().put("powershell", "7.4.6");
        state.putObject("modules").put("MicrosoftTeams", "6.7.0").put("ExchangeOnlineManagement", "3.8.0");
        return state;
    }

    public ModuleHost host(PowerShellModule module, PowerShellSignIn signIn, Consumer<String> messages) {
        return new ModuleHost(Optional.of(pwsh), module, "abc.com", signIn, messages);
    }

    public static PowerShellSignIn ownSignIn(boolean deviceCode) {
        return new PowerShellSignIn(() -> "6a3c1f1e-0000-4000-8000-00000000abcd", "admin@abc.com", deviceCode, null);
    }

    static PowerShellSignIn tokens() {
        return new PowerShellSignIn(() -> "t", "admin@abc.com", false, () -> Map.of("TB_GRAPH_TOKEN", "graph-secret",
                "TB_TEAMS_TOKEN", "teams-secret", "TB_SCC_TOKEN", "scc-secret"));
    }

    public JsonNode state() throws IOException {
        return JSON.readTree(dir.resolve("state.json").toFile());
    }

    public List<JsonNode> calls() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        Path log = dir.resolve("calls.jsonl");
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
