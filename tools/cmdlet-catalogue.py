#!/usr/bin/env python3
"""Transcribes the cmdlets TenantBridge's runbooks and PowerShell adapters use from Microsoft's reference pages
(the Markdown sources in MicrosoftDocs/office-docs-powershell) into the catalogue the runbook tests check against.

Usage: tools/cmdlet-catalogue.py <office-docs-powershell checkout> > src/test/resources/powershell/cmdlets.json

Per cmdlet: the page it comes from, its parameter sets, and per parameter its type, aliases, accepted values and
the sets it belongs to (with whether it is required there), as the page's PARAMETERS section states them.
"""
import json
import re
import subprocess
import sys

CMDLETS = {
    "teams/teams-ps/MicrosoftTeams": [
        "Connect-MicrosoftTeams", "Get-CsTenantFederationConfiguration", "Set-CsTenantFederationConfiguration",
        "New-CsEdgeAllowAllKnownDomains", "New-CsEdgeAllowList", "New-CsEdgeDomainPattern",
        "Get-CsTeamsMeetingConfiguration", "Set-CsTeamsMeetingConfiguration", "Get-CsTeamsMeetingPolicy",
        "Set-CsTeamsMeetingPolicy", "New-CsTeamsMeetingPolicy", "Remove-CsTeamsMeetingPolicy",
        "Grant-CsTeamsMeetingPolicy", "Get-CsOnlineUser", "Get-CsTeamsClientConfiguration",
        "Set-CsTeamsClientConfiguration", "Get-CsTenant",
    ],
    "exchange/exchange-ps/ExchangePowerShell": [
        "Connect-IPPSSession", "Get-OrganizationSegment", "New-OrganizationSegment", "Set-OrganizationSegment",
        "Remove-OrganizationSegment", "Get-InformationBarrierPolicy", "New-InformationBarrierPolicy",
        "Set-InformationBarrierPolicy", "Remove-InformationBarrierPolicy",
        "Start-InformationBarrierPoliciesApplication", "Get-InformationBarrierPoliciesApplicationStatus",
        "Get-AddressBookPolicy", "Get-AdminAuditLogConfig",
    ],
}


def show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], check=True, capture_output=True,
                          text=True).stdout


def section(text, title):
    m = re.search(r"^## " + re.escape(title) + r"\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    return m.group(1) if m else ""


def yaml_blocks(body):
    for block in re.findall(r"```yaml\s*\n(.*?)```", body, re.S):
        fields = {}
        for line in block.splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                fields[key.strip()] = value.strip()
        yield fields


def parse(name, text):
    page = re.search(r"^online version:\s*(\S+)", text, re.M).group(1)
    syntax = section(text, "SYNTAX")
    sets = [re.sub(r"\s*\(Default\)\s*$", "", s).strip() for s in re.findall(r"^### (.+)$", syntax, re.M)]
    default = next((re.sub(r"\s*\(Default\)\s*$", "", s).strip() for s in re.findall(r"^### (.+)$", syntax, re.M)
                    if "(Default)" in s), sets[0] if sets else None)
    parameters = {}
    # A heading is "### -Name", on some pages "### Name"; a parameter the page says was removed is left out.
    for m in re.finditer(r"^### -?(\w+)(.*?)$(.*?)(?=^### |\Z)", section(text, "PARAMETERS"), re.M | re.S):
        pname, note, body = m.group(1), m.group(2), m.group(3)
        if "Removed" in note or pname == "CommonParameters":
            continue
        entry = {"type": None, "aliases": [], "accepted": [], "sets": {}}
        for y in yaml_blocks(body):
            entry["type"] = entry["type"] or y.get("Type")
            if y.get("Aliases"):
                entry["aliases"] = [a.strip() for a in y["Aliases"].split(",") if a.strip()]
            if y.get("Accepted values"):
                entry["accepted"] = [a.strip() for a in y["Accepted values"].split(",") if a.strip()]
            required = y.get("Required", "False").lower().startswith("true")
            if y.get("Position", "Named") not in ("Named", ""):
                entry["position"] = y["Position"]
            for s in [s.strip() for s in y.get("Parameter Sets", "(All)").split(",") if s.strip()]:
                entry["sets"][s] = required or entry["sets"].get(s, False)
        parameters[pname] = entry
    return {"page": page, "sets": sets, "defaultSet": default, "parameters": parameters}


# Where a page contradicts itself, the catalogue follows its prose, and says so.
CORRECTIONS = {
    "Set-CsTenantFederationConfiguration": {
        "AllowedDomains": {
            "type": "Object",
            "why": "the page's yaml says Boolean; its text says the value is a domain object made by"
                   " New-CsEdgeAllowList or New-CsEdgeAllowAllKnownDomains, and that strings cannot be passed",
        },
    },
}


def main():
    repo = sys.argv[1]
    commit = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True, capture_output=True,
                            text=True).stdout.strip()
    catalogue = {"source": "MicrosoftDocs/office-docs-powershell@" + commit, "cmdlets": {}}
    for folder, names in CMDLETS.items():
        for name in names:
            entry = parse(name, show(repo, folder + "/" + name + ".md"))
            for pname, fix in CORRECTIONS.get(name, {}).items():
                entry["parameters"][pname]["type"] = fix["type"]
                entry["parameters"][pname]["correction"] = fix["why"]
            catalogue["cmdlets"][name] = entry
    json.dump(catalogue, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
