package com.tenantbridge.demo;

import java.util.Optional;

/**
 * A path segment that calls a function or names a key with one string, such as
 * {@code servicePrincipals(appId='…')}: its text, read by hand. A string literal doubles each quote inside
 * (OData's rule); a regular expression for that recurses once per character in Java and a long request overflowed
 * the worker's stack.
 */
final class ODataKeys {

    private ODataKeys() {
    }

    /** The string argument of {@code segment} when it is {@code head='…'} followed by {@code )}, else empty. */
    static Optional<String> stringArgument(String segment, String head) {
        String open = head + "='";
        if (!segment.startsWith(open) || !segment.endsWith("')") || segment.length() < open.length() + 2) {
            return Optional.empty();
        }
        String inner = segment.substring(open.length(), segment.length() - 2);
        StringBuilder text = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                if (i + 1 >= inner.length() || inner.charAt(i + 1) != '\'') {
                    return Optional.empty();
                }
                i++;
            }
            text.append(c);
        }
        return Optional.of(text.toString());
    }
}
