package com.tenantbridge.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints, made safe for a terminal: names and messages come from plans, CSV files and
 * tenants, and a control character among them (ESC starting a sequence, a lone carriage return, a bell) or a
 * bidirectional override would be obeyed by the terminal rather than shown. Each is written as its escape instead
 * ({@code \x1B}, {@code \u202E}); new lines and tabs pass, and so does the carriage return of a platform whose line
 * separator holds one.
 */
final class TerminalText extends FilterWriter {

    private static final boolean CR_ENDS_LINES = System.lineSeparator().indexOf('\r') >= 0;

    TerminalText(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (shown(ch)) {
            out.write(ch);
        } else {
            out.write(escape(ch));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    /** Text as the terminal will show it: every control and direction-changing character escaped. */
    static String escaped(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(shown(c) ? String.valueOf(c) : escape(c));
        }
        return s.toString();
    }

    private static boolean shown(char c) {
        if (c == '\n' || c == '\t' || c == '\r' && CR_ENDS_LINES) {
            return true;
        }
        return !Character.isISOControl(c) && !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069');
    }

    private static String escape(char c) {
        return c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
    }
}
