package com.tenantbridge.powershell;

import java.util.ArrayList;
import java.util.List;

/**
 * PowerShell's lexical grammar as the language specification writes it
 * (https://learn.microsoft.com/powershell/scripting/lang-spec/chapter-15, B.1), as far as deciding where a string
 * literal ends and what it holds: new-line characters, white space (Zs, Zl, Zp, tab, vertical tab, form feed, a
 * backtick before a new line), comments, the four single-quote and the four double-quote characters, doubled quotes
 * inside a string, backtick escapes and {@code $} expansion in an expandable string, the four dash characters of a
 * parameter. Written from the grammar, not from {@link com.tenantbridge.service.change.PowerShellText}, so that it
 * can prove the quoting wrong.
 */
final class PsLexer {

    static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
    static final String DOUBLE_QUOTES = "\"\u201C\u201D\u201E";
    static final String DASHES = "-\u2013\u2014\u2015";

    enum Kind { NEWLINE, COMMENT, STRING, PARAMETER, VARIABLE, PUNCTUATION, GENERIC, UNTERMINATED }

    /** {@code value} is what a string literal stands for; {@code expands} whether it holds a variable or $( ). */
    record Token(Kind kind, String text, String value, boolean expands) {

        @Override
        public String toString() {
            return kind + "[" + text + (value != null && !value.equals(text) ? " = " + value : "")
                    + (expands ? ", expands" : "") + "]";
        }
    }

    private final String s;
    private int i;

    private PsLexer(String s) {
        this.s = s;
    }

    static List<Token> tokens(String script) {
        return new PsLexer(script).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (c == '\r' || c == '\n') {
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                out.add(new Token(Kind.NEWLINE, s.substring(start, i), null, false));
            } else if (whitespace(c)) {
                i++;
            } else if (c == '`' && i + 1 < s.length() && newLine(s.charAt(i + 1))) {
                i += 2;
            } else if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '#') {
                int end = s.indexOf("#>", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.add(new Token(end < 0 ? Kind.UNTERMINATED : Kind.COMMENT, s.substring(start, i), null, false));
            } else if (c == '#') {
                while (i < s.length() && !newLine(s.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.COMMENT, s.substring(start, i), null, false));
            } else if (SINGLE_QUOTES.indexOf(c) >= 0) {
                out.add(verbatim());
            } else if (DOUBLE_QUOTES.indexOf(c) >= 0) {
                out.add(expandable());
            } else if (DASHES.indexOf(c) >= 0 && i + 1 < s.length() && firstParameterChar(s.charAt(i + 1))) {
                i++;
                while (i < s.length() && parameterChar(s.charAt(i))) {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == ':') {
                    i++;
                }
                out.add(new Token(Kind.PARAMETER, s.substring(start, i), null, false));
            } else if (c == '$') {
                i++;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_?:".indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                out.add(new Token(Kind.VARIABLE, s.substring(start, i), null, true));
            } else if ("{}();,|&".indexOf(c) >= 0) {
                i++;
                out.add(new Token(Kind.PUNCTUATION, String.valueOf(c), null, false));
            } else {
                while (i < s.length() && genericChar(s.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
                out.add(new Token(Kind.GENERIC, s.substring(start, i), null, false));
            }
        }
        return out;
    }

    /** verbatim-string-literal: any character but a single-quote-character, or two of those in a row. */
    private Token verbatim() {
        int start = i++;
        StringBuilder value = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (SINGLE_QUOTES.indexOf(c) >= 0) {
                if (i < s.length() && SINGLE_QUOTES.indexOf(s.charAt(i)) >= 0) {
                    // PowerShell's tokenizer keeps the second of the two.
                    value.append(s.charAt(i++));
                    continue;
                }
                return new Token(Kind.STRING, s.substring(start, i), value.toString(), false);
            }
            value.append(c);
        }
        return new Token(Kind.UNTERMINATED, s.substring(start), value.toString(), false);
    }

    /** expandable-string-literal: backtick escapes, doubled double quotes, and $ that expands. */
    private Token expandable() {
        int start = i++;
        StringBuilder value = new StringBuilder();
        boolean expands = false;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '`') {
                if (i >= s.length()) {
                    break;
                }
                value.append(escaped(s.charAt(i++)));
            } else if (DOUBLE_QUOTES.indexOf(c) >= 0) {
                if (i < s.length() && DOUBLE_QUOTES.indexOf(s.charAt(i)) >= 0) {
                    value.append(s.charAt(i++));
                    continue;
                }
                return new Token(Kind.STRING, s.substring(start, i), value.toString(), expands);
            } else if (c == '$' && i < s.length() && (s.charAt(i) == '(' || s.charAt(i) == '{'
                    || Character.isLetterOrDigit(s.charAt(i)) || "_?^$:".indexOf(s.charAt(i)) >= 0)) {
                expands = true;
                value.append(c);
            } else {
                value.append(c);
            }
        }
        return new Token(Kind.UNTERMINATED, s.substring(start), value.toString(), expands);
    }

    /** about_Special_Characters: `0 `a `b `e `f `n `r `t `v stand for control characters; `u{…} is not used here. */
    private static char escaped(char c) {
        return switch (c) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'e' -> '\u001B';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000B';
            default -> c;
        };
    }

    static boolean newLine(char c) {
        return c == '\r' || c == '\n';
    }

    static boolean whitespace(char c) {
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || c == '\t' || c == '\u000B' || c == '\f';
    }

    private static boolean firstParameterChar(char c) {
        int type = Character.getType(c);
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER || c == '_' || c == '?';
    }

    private static boolean parameterChar(char c) {
        return "{}();,|&.[:".indexOf(c) < 0 && !whitespace(c) && !newLine(c);
    }

    /** generic-token-char (B.1.7). */
    private static boolean genericChar(char c) {
        return "{}();,|&$`".indexOf(c) < 0 && SINGLE_QUOTES.indexOf(c) < 0 && DOUBLE_QUOTES.indexOf(c) < 0
                && !whitespace(c) && !newLine(c);
    }
}
