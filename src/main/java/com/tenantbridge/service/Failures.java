package com.tenantbridge.service;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What failed, told to a person in one line: a network failure by what it means (a name not found, nothing
 * answering, no answer in time), a file by its path and reason, anything else by its own message without the
 * Java class names a library may put in it. Never a stack trace.
 */
public final class Failures {

    /** "java.net.UnknownHostException: " and the like, as libraries prefix their messages. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)"
            + "(?::\\s*)?");

    private Failures() {
    }

    /** The failure as one line a person can act on. */
    public static String describe(Throwable e) {
        Optional<String> network = network(e);
        if (network.isPresent()) {
            return network.get();
        }
        Optional<String> file = file(e);
        if (file.isPresent()) {
            return file.get();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = clean(t.getMessage());
            if (!m.isEmpty()) {
                return m;
            }
        }
        return "an unexpected error (run with debug logging for the details)";
    }

    /** Whether somewhere in its causes the network failed: the tenant (or sign-in service) was not reached. */
    public static boolean isNetwork(Throwable e) {
        return network(e).isPresent();
    }

    private static Optional<String> network(Throwable e) {
        String host = host(e);
        String where = host == null ? "" : " (" + host + ")";
        // The most telling cause first: a connection failure often wraps the name that was not found.
        if (has(e, UnknownHostException.class) || has(e, UnresolvedAddressException.class)) {
            return Optional.of("the server's name" + where + " could not be found (DNS): check the network"
                    + " connection, the proxy and the address");
        }
        if (has(e, HttpTimeoutException.class) || has(e, java.net.SocketTimeoutException.class)) {
            return Optional.of("the server" + where + " did not answer in time: check the network connection and"
                    + " the proxy, then try again");
        }
        if (has(e, ConnectException.class) || has(e, java.net.NoRouteToHostException.class)) {
            return Optional.of("nothing answers there" + where + ": check the network connection, the proxy and"
                    + " the address");
        }
        if (has(e, javax.net.ssl.SSLException.class)) {
            return Optional.of("the secure connection" + where + " failed: a proxy that inspects TLS needs its"
                    + " certificate trusted");
        }
        return Optional.empty();
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> file(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException f) {
                return Optional.of("no such file or folder: " + f.getFile());
            }
            if (t instanceof AccessDeniedException f) {
                return Optional.of("no permission to use " + f.getFile());
            }
            if (t instanceof FileSystemException f) {
                return Optional.of(f.getFile() + ": " + (f.getReason() == null ? "cannot be used" : f.getReason()));
            }
        }
        return Optional.empty();
    }

    /** The host a failure names, where a message carries a URL ("…https://graph.microsoft.com/v1.0/…"). */
    private static String host(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException && t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().strip();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m == null) {
                continue;
            }
            var matcher = Pattern.compile("https?://[^\\s\"'<>]+").matcher(m);
            if (matcher.find()) {
                try {
                    return URI.create(matcher.group()).getHost();
                } catch (IllegalArgumentException ignored) {
                    // Not a URL after all: name no host.
                }
            }
        }
        return null;
    }

    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return CLASS_NAME.matcher(first).replaceAll("").strip();
    }
}
