package com.tenantbridge.service.change;

import java.util.List;
import java.util.stream.Collectors;

/** Values written into PowerShell, by runbooks and by the PowerShell adapter alike, so nothing inside expands. */
public final class PowerShellText {

    private PowerShellText() {
    }

    /** A single-quoted PowerShell string: nothing inside is expanded. */
    public static String q(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A double-quoted string for a filter that itself holds single quotes; $ and ` are escaped. */
    public static String dq(String value) {
        return "\"" + value.replace("`", "``").replace("$", "`$").replace("\"", "`\"") + "\"";
    }

    /** Single-quoted values, comma-separated: a PowerShell array's items. */
    public static String quoted(List<String> values) {
        return values.stream().map(PowerShellText::q).collect(Collectors.joining(","));
    }
}
