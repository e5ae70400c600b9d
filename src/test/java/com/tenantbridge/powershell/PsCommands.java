package com.tenantbridge.powershell;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the command invocations in a PowerShell script, as far as TenantBridge's scripts use the language: a
 * Verb-Noun word where a statement or a pipeline element starts (also inside parentheses, @( ), { } and after an
 * assignment), with its named parameters and their values. A value is one token or one bracketed group, with
 * comma-joined values kept together; commands nested in a value are found too.
 */
final class PsCommands {

    enum Kind { WORD, PARAM, STRING, VARIABLE, NUMBER, OPEN, CLOSE, COMMA, PIPE, END, ASSIGN, OTHER }

    record Token(Kind kind, String text) {
    }

    /** One argument: the parameter's name (null when positional), its value's text, and whether it had one. */
    record Argument(String name, String value, List<Token> valueTokens) {
    }

    record Invocation(String command, List<Argument> arguments, int line) {
    }

    private PsCommands() {
    }

    static List<Invocation> parse(String script) {
        List<Token> tokens = tokenize(script);
        List<Invocation> found = new ArrayList<>();
        int[] lineOf = lineNumbers(tokens);
        boolean start = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (start && t.kind() == Kind.WORD && t.text().matches("[A-Za-z]+-[A-Za-z]+")) {
                found.add(new Invocation(t.text(), arguments(tokens, i + 1), lineOf[i]));
            }
            start = switch (t.kind()) {
                case OPEN, PIPE, END, ASSIGN -> true;
                default -> false;
            };
        }
        return found;
    }

    private static int[] lineNumbers(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        int line = 1;
        for (int i = 0; i < tokens.size(); i++) {
            out[i] = line;
            if (tokens.get(i).kind() == Kind.END && tokens.get(i).text().equals("\n")) {
                line++;
            }
        }
        return out;
    }

    private static List<Argument> arguments(List<Token> tokens, int from) {
        List<Argument> args = new ArrayList<>();
        int i = from;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.END || t.kind() == Kind.PIPE || t.kind() == Kind.CLOSE) {
                break;
            }
            if (t.kind() == Kind.PARAM) {
                String name = t.text().substring(1);
                if (name.endsWith(":")) {
                    int end = value(tokens, i + 1);
                    args.add(new Argument(name.substring(0, name.length() - 1), text(tokens, i + 1, end),
                            tokens.subList(i + 1, end)));
                    i = end;
                    continue;
                }
                int end = startsValue(tokens, i + 1) ? value(tokens, i + 1) : i + 1;
                args.add(new Argument(name, end > i + 1 ? text(tokens, i + 1, end) : null, tokens.subList(i + 1, end)));
                i = end;
                continue;
            }
            int end = value(tokens, i);
            args.add(new Argument(null, text(tokens, i, end), tokens.subList(i, end)));
            i = end;
        }
        return args;
    }

    private static boolean startsValue(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        Kind k = tokens.get(i).kind();
        return k == Kind.WORD || k == Kind.STRING || k == Kind.VARIABLE || k == Kind.NUMBER || k == Kind.OPEN;
    }

    /** The end (exclusive) of the value starting at {@code i}: one token or group, then ", more" repeated. */
    private static int value(List<Token> tokens, int i) {
        int end = single(tokens, i);
        while (end < tokens.size() && tokens.get(end).kind() == Kind.COMMA) {
            end = single(tokens, end + 1);
        }
        return end;
    }

    private static int single(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return i;
        }
        if (tokens.get(i).kind() != Kind.OPEN) {
            // A variable may go on with a member: $policy.Guid is one token already.
            return i + 1;
        }
        int depth = 0;
        for (int j = i; j < tokens.size(); j++) {
            if (tokens.get(j).kind() == Kind.OPEN) {
                depth++;
            } else if (tokens.get(j).kind() == Kind.CLOSE && --depth == 0) {
                return j + 1;
            }
        }
        return tokens.size();
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(tokens.get(i).text());
        }
        return s.toString();
    }

    private static boolean single(char c) {
        return PsLexer.SINGLE_QUOTES.indexOf(c) >= 0;
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#' && (i == 0 || s.charAt(i - 1) != '<')) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\n' || c == ';') {
                out.add(new Token(Kind.END, String.valueOf(c)));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '`' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                i += 2;
            } else if (PsLexer.SINGLE_QUOTES.indexOf(c) >= 0) {
                // Any of the specification's single-quote characters opens and ends it; two in a row stand for one.
                int j = i + 1;
                while (j < s.length() && !(single(s.charAt(j)) && (j + 1 >= s.length() || !single(s.charAt(j + 1))))) {
                    j += single(s.charAt(j)) ? 2 : 1;
                }
                out.add(new Token(Kind.STRING, s.substring(i, Math.min(j + 1, s.length()))));
                i = j + 1;
            } else if (PsLexer.DOUBLE_QUOTES.indexOf(c) >= 0) {
                int j = i + 1;
                int depth = 0;
                while (j < s.length() && !(PsLexer.DOUBLE_QUOTES.indexOf(s.charAt(j)) >= 0 && depth == 0)) {
                    if (s.charAt(j) == '`') {
                        j++;
                    } else if (s.charAt(j) == '$' && j + 1 < s.length() && s.charAt(j + 1) == '(') {
                        depth++;
                        j++;
                    } else if (s.charAt(j) == ')' && depth > 0) {
                        depth--;
                    }
                    j++;
                }
                out.add(new Token(Kind.STRING, s.substring(i, Math.min(j + 1, s.length()))));
                i = j + 1;
            } else if (c == '@' && i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
                out.add(new Token(Kind.OPEN, s.substring(i, i + 2)));
                i += 2;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                out.add(new Token(Kind.OPEN, "$("));
                i += 2;
            } else if (c == '(' || c == '{' || c == '[') {
                out.add(new Token(Kind.OPEN, String.valueOf(c)));
                i++;
            } else if (c == ')' || c == '}' || c == ']') {
                out.add(new Token(Kind.CLOSE, String.valueOf(c)));
                i++;
            } else if (c == ',') {
                out.add(new Token(Kind.COMMA, ","));
                i++;
            } else if (c == '|') {
                out.add(new Token(Kind.PIPE, "|"));
                i++;
            } else if (c == '=' && (i + 1 >= s.length() || s.charAt(i + 1) != '=')) {
                out.add(new Token(Kind.ASSIGN, "="));
                i++;
            } else if (c == '$') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "_:.?".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                out.add(new Token(Kind.VARIABLE, s.substring(i, j)));
                i = j;
            } else if (PsLexer.DASHES.indexOf(c) >= 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == ':') {
                    j++;
                }
                out.add(new Token(Kind.PARAM, s.substring(i, j)));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token(Kind.NUMBER, s.substring(i, j)));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j))
                        || "-_.:\\/".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                out.add(new Token(Kind.WORD, s.substring(i, j)));
                i = j;
            } else {
                out.add(new Token(Kind.OTHER, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }
}
