package com.tenantbridge.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for pwsh, run as its own process by the PowerShell adapters' tests. It speaks PowerShellSession's
 * protocol, checks every call against the catalogue of Microsoft's cmdlet pages (refusing an unknown parameter the
 * way PowerShell does) and keeps a small tenant in {@code $STANDIN_DIR/state.json}: the PowerShell and module
 * versions it pretends to have, whether sign-in fails, the federation settings, meeting policies, segments and
 * barrier policies. Each script received goes to {@code calls.jsonl} with what the check found.
 */
public final class StandInPwsh {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StandInPwsh() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getenv("STANDIN_DIR"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            String script = new String(Base64.getDecoder().decode(line.strip()), StandardCharsets.UTF_8);
            ObjectNode state = (ObjectNode) JSON.readTree(dir.resolve("state.json").toFile());
            List<String> problems = CmdletCatalogue.problems(script);
            ObjectNode call = JSON.createObjectNode().put("script", script);
            call.set("problems", JSON.valueToTree(problems));
            call.put("env", String.join(",", System.getenv().keySet().stream().filter(k -> k.startsWith("TB_"))
                    .sorted().toList()));
            Files.writeString(dir.resolve("calls.jsonl"), JSON.writeValueAsString(call) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            String answer;
            try {
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException("A parameter cannot be found that matches: " + problems.get(0));
                }
                answer = "TB-OK " + encode(run(script, state, out));
                Files.writeString(dir.resolve("state.json"), JSON.writeValueAsString(state));
            } catch (RuntimeException e) {
                answer = "TB-ERR " + encode(e.getMessage());
            }
            out.println(answer);
        }
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String run(String script, ObjectNode state, PrintStream out) throws Exception {
        if (script.contains("$PSVersionTable")) {
            Matcher m = Pattern.compile("-Name '([^']+)'").matcher(script);
            String module = m.find() ? m.group(1) : "";
            return JSON.writeValueAsString(JSON.createObjectNode().put("PowerShell", state.path("powershell")
                    .asText("7.4.6")).put("Module", state.path("modules").path(module).asText("")));
        }
        if (script.contains("Connect-MicrosoftTeams") || script.contains("Connect-IPPSSession")) {
            if (script.contains("-UseDeviceAuthentication")) {
                out.println("WARNING: To sign in, use a web browser to open the page https://microsoft.com/devicelogin"
                        + " and enter the code STANDIN42 to authenticate.");
            }
            if (state.has("connectFails")) {
                throw new IllegalStateException(state.path("connectFails").asText());
            }
            state.put("connects", state.path("connects").asInt() + 1);
            return "";
        }
        ObjectNode f = state.with("federation");
        if (script.contains("Get-CsTenantFederationConfiguration")) {
            return JSON.writeValueAsString(JSON.createObjectNode().put("AllowFederatedUsers",
                    f.path("allowFederatedUsers").asBoolean(true)).put("AllowAll", !f.has("allowed"))
                    .<ObjectNode>set("AllowedDomains", f.path("allowed").isArray() ? f.get("allowed")
                            : JSON.createArrayNode())
                    .set("BlockedDomains", f.path("blocked").isArray() ? f.get("blocked") : JSON.createArrayNode()));
        }
        if (script.contains("Set-CsTenantFederationConfiguration")) {
            f.put("allowFederatedUsers", script.contains("-AllowFederatedUsers $true"));
            String allowed = between(script, "-AllowedDomains ", " -BlockedDomains");
            if (allowed.contains("New-CsEdgeAllowAllKnownDomains")) {
                f.remove("allowed");
            } else {
                f.set("allowed", domains(allowed));
            }
            f.set("blocked", domains(script.substring(script.indexOf("-BlockedDomains"))));
            return "";
        }
        ObjectNode policies = state.with("meetingPolicies");
        Matcher identity = Pattern.compile("-Identity '((?:[^']|'')*)'").matcher(script);
        String id = identity.find() ? identity.group(1).replace("''", "'") : "Global";
        if (script.startsWith("$p = Get-CsTeamsMeetingPolicy")) {
            JsonNode p = policies.path(id);
            return p.isMissingNode() ? "" : JSON.writeValueAsString(p);
        }
        if (script.contains("Set-CsTeamsMeetingPolicy") || script.contains("New-CsTeamsMeetingPolicy")) {
            Matcher admitted = Pattern.compile("-AutoAdmittedUsers '(\\w+)'").matcher(script);
            policies.set(id, JSON.createObjectNode().put("Identity", "Tag:" + id)
                    .put("AllowAnonymousUsersToJoinMeeting", script.contains("-AllowAnonymousUsersToJoinMeeting $true"))
                    .put("AutoAdmittedUsers", admitted.find() ? admitted.group(1)
                            : "EveryoneInCompanyExcludingGuests"));
            return "";
        }
        if (script.contains("Remove-CsTeamsMeetingPolicy")) {
            policies.remove(id);
            return "";
        }
        if (script.contains("Grant-CsTeamsMeetingPolicy")) {
            Matcher name = Pattern.compile("-PolicyName '((?:[^']|'')*)'").matcher(script);
            state.with("assigned").put(id, name.find() ? name.group(1) : "");
            return "";
        }
        if (script.contains("Get-CsOnlineUser")) {
            return JSON.writeValueAsString(JSON.createObjectNode().put("Policy", state.path("assigned").path(id)
                    .asText("")));
        }
        if (script.contains("Get-CsTeamsMeetingConfiguration")) {
            return JSON.writeValueAsString(JSON.createObjectNode().put("DisableAnonymousJoin",
                    state.path("disableAnonymousJoin").asBoolean(false)));
        }
        if (script.contains("Set-CsTeamsMeetingConfiguration")) {
            state.put("disableAnonymousJoin", script.contains("-DisableAnonymousJoin $true"));
            return "";
        }
        if (script.contains("Get-CsTeamsClientConfiguration")) {
            return JSON.writeValueAsString(JSON.createObjectNode().put("AllowGuestUser",
                    state.path("allowGuestUser").asBoolean(true)));
        }
        if (script.contains("Set-CsTeamsClientConfiguration")) {
            state.put("allowGuestUser", script.contains("-AllowGuestUser $true"));
            return "";
        }
        return barriers(script, state);
    }

    private static String barriers(String script, ObjectNode state) throws Exception {
        ArrayNode segments = state.withArray("segments");
        ArrayNode policies = state.withArray("barrierPolicies");
        if (script.contains("Get-OrganizationSegment")) {
            return JSON.writeValueAsString(segments);
        }
        Matcher name = Pattern.compile("-(?:Name|Identity) '((?:[^']|'')*)'").matcher(script);
        String n = name.find() ? name.group(1).replace("''", "'") : "";
        if (script.contains("New-OrganizationSegment")) {
            Matcher filter = Pattern.compile("-UserGroupFilter \"((?:[^\"`]|`.)*)\"").matcher(script);
            segments.addObject().put("Name", n).put("UserGroupFilter", filter.find()
                    ? filter.group(1).replaceAll("`(.)", "$1") : "");
            return "";
        }
        if (script.contains("Remove-OrganizationSegment")) {
            for (int i = segments.size() - 1; i >= 0; i--) {
                if (segments.get(i).path("Name").asText().equals(n)) {
                    segments.remove(i);
                }
            }
            return "";
        }
        if (script.contains("New-InformationBarrierPolicy")) {
            Matcher assigned = Pattern.compile("-AssignedSegment '((?:[^']|'')*)'").matcher(script);
            ObjectNode p = policies.addObject().put("Name", n).put("AssignedSegment", assigned.find()
                    ? assigned.group(1) : "").put("State", "Inactive");
            p.set(script.contains("-SegmentsAllowed") ? "SegmentsAllowed" : "SegmentsBlocked",
                    quotedAfter(script, script.contains("-SegmentsAllowed") ? "-SegmentsAllowed" : "-SegmentsBlocked"));
            return "";
        }
        if (script.contains("Get-InformationBarrierPolicy") && !script.contains("Set-InformationBarrierPolicy")
                && !script.contains("Remove-InformationBarrierPolicy")) {
            return JSON.writeValueAsString(policies);
        }
        if (script.contains("Set-InformationBarrierPolicy")) {
            policies.forEach(p -> {
                if (p.path("Name").asText().equals(n)) {
                    ((ObjectNode) p).put("State", script.contains("-State Active") ? "Active" : "Inactive");
                }
            });
            return "";
        }
        if (script.contains("Remove-InformationBarrierPolicy")) {
            for (int i = policies.size() - 1; i >= 0; i--) {
                if (policies.get(i).path("Name").asText().equals(n)) {
                    policies.remove(i);
                }
            }
            return "";
        }
        if (script.contains("Start-InformationBarrierPoliciesApplication")) {
            state.put("applicationStarted", true);
            return "";
        }
        if (script.contains("Get-InformationBarrierPoliciesApplicationStatus")) {
            return JSON.writeValueAsString(JSON.createObjectNode().put("Status", state.path("applicationStarted")
                    .asBoolean() ? "Completed" : "NotStarted").put("PercentProgress", 100));
        }
        return "";
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        int b = s.indexOf(to, Math.max(a, 0));
        return a < 0 ? "" : s.substring(a + from.length(), b < 0 ? s.length() : b);
    }

    private static ArrayNode domains(String text) {
        ArrayNode out = JSON.createArrayNode();
        Matcher m = Pattern.compile("-Domain '((?:[^']|'')*)'").matcher(text);
        while (m.find()) {
            out.add(m.group(1).replace("''", "'").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static ArrayNode quotedAfter(String script, String parameter) {
        ArrayNode out = JSON.createArrayNode();
        Matcher m = Pattern.compile("'((?:[^']|'')*)'").matcher(between(script, parameter + " ", " -State"));
        while (m.find()) {
            out.add(m.group(1).replace("''", "'"));
        }
        return out;
    }
}
