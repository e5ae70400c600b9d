package com.tenantbridge.service.change;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Values written into PowerShell, by runbooks and by the PowerShell adapter alike, so that each stays one literal
 * and nothing inside it runs or expands.
 *
 * <p>The quote characters are the language specification's, not only the ASCII ones
 * (https://learn.microsoft.com/powershell/scripting/lang-spec/chapter-15, B.1.9.3 String literals): a single-quoted
 * (verbatim) string ends at {@code '} and also at U+2018–U+201B ({@code ‘ ’ ‚ ‛}); a double-quoted (expandable) one
 * at {@code "} and also at U+201C–U+201E ({@code “ ” „}). Inside a verbatim string two single-quote characters in a
 * row stand for one, so each is doubled with itself and the value reads back unchanged. Inside an expandable string
 * a backtick makes the next character literal (B.1.6 escaped-character), so {@code $}, the backtick and every
 * double-quote character are escaped with one.
 */
public final class PowerShellText {

    /** single-quote-character (B.1.9.3): ' and the four typographic single quotes. */
    public static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
    /** double-quote-character (B.1.9.3): " and the three typographic double quotes. */
    public static final String DOUBLE_QUOTES = "\"\u201C\u201D\u201E";

    private PowerShellText() {
    }

    /** A single-quoted PowerShell string: nothing inside is expanded, and no quote inside ends it. */
    public static String q(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            s.append(c);
            if (SINGLE_QUOTES.indexOf(c) >= 0) {
                s.append(c);
            }
        }
        return s.append('\'').toString();
    }

    /** A double-quoted string for a filter that itself holds single quotes; $, ` and the double quotes escaped. */
    public static String dq(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '`' || c == '$' || DOUBLE_QUOTES.indexOf(c) >= 0) {
                s.append('`');
            }
            s.append(c);
        }
        return s.append('"').toString();
    }

    /** Single-quoted values, comma-separated: a PowerShell array's items. */
    public static String quoted(List<String> values) {
        return values.stream().map(PowerShellText::q).collect(Collectors.joining(","));
    }

    /**
     * Text for the rest of a {@code #} comment line. A single-line comment ends at a new-line character (B.1.2), so
     * one inside the text would start a statement; line and paragraph separators and other control characters go
     * too, so no editor shows the text on two lines either.
     */
    public static String comment(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            s.append(Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR ? ' ' : c);
        }
        return s.toString();
    }

    /**
     * A text value of an OPATH filter ({@code -UserGroupFilter}), in single quotes with each ' doubled, as
     * "Recipient filters in Exchange PowerShell commands" says of text values
     * (https://learn.microsoft.com/powershell/exchange/recipient-filters). That page is silent on the typographic
     * single quotes, which PowerShell's own parser takes as quotes: a value holding one is refused rather than
     * guessed at (validation names the field first; this is the last guard).
     */
    public static String opathText(String value) {
        int quote = typographicSingleQuote(value);
        if (quote >= 0) {
            throw new IllegalArgumentException(String.format("the filter value \u201c%s\u201d holds a typographic"
                    + " quote (U+%04X), which an OPATH filter may take as the end of the value", value, quote));
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** The typographic single quote in {@code value} an OPATH text value refuses, or -1. */
    public static int typographicSingleQuote(String value) {
        for (int i = 0; value != null && i < value.length(); i++) {
            if (value.charAt(i) != '\'' && SINGLE_QUOTES.indexOf(value.charAt(i)) >= 0) {
                return value.charAt(i);
            }
        }
        return -1;
    }
}
