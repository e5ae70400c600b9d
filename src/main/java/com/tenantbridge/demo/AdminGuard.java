package com.tenantbridge.demo;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may use the {@code /_demo} admin paths, which change faults, seats and whole tenants and are not Graph: only
 * requests addressed to this machine (a Host of another name is a DNS-rebinding page), never from another site's
 * page (an Origin that is not this server), and a tenant's Graph token only for that tenant's own paths — it
 * cannot reset, fault or change another tenant. Without a token the local presenter's curl keeps working.
 */
final class AdminGuard {

    private static final List<String> LOCAL = List.of("127.0.0.1", "localhost", "[::1]", "::1");

    private AdminGuard() {
    }

    /**
     * Why the request is refused, if it is. {@code path} is the admin path after {@code /_demo};
     * {@code tokenTenant} the domain a Bearer token names, or null without one.
     */
    static Optional<String> refusal(String host, String origin, int port, String path, String tokenTenant,
            DemoDirectory directory) {
        if (host == null || !isLocal(host, port)) {
            return Optional.of("the demo tenant's admin paths answer only requests addressed to this machine");
        }
        if (origin != null && !origin.equals("null") && !isLocalOrigin(origin, port)) {
            return Optional.of("the demo tenant's admin paths do not answer another site's page (Origin " + origin
                    + ")");
        }
        if (tokenTenant == null) {
            return Optional.empty();
        }
        String[] parts = path.replaceFirst("^/+", "").split("/");
        if (parts.length < 2 || !parts[0].equals("tenants")) {
            return parts.length == 1 && parts[0].equals("tenants") ? Optional.empty()
                    : Optional.of("a tenant's token reaches only that tenant's admin paths, not /" + parts[0]);
        }
        String target = java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8);
        Optional<TenantState> mine = directory.find(tokenTenant);
        Optional<TenantState> theirs = directory.find(target);
        if (mine.isEmpty() || theirs.isEmpty() || mine.get() != theirs.get()) {
            return Optional.of("the token of " + tokenTenant + " cannot act on " + target);
        }
        return Optional.empty();
    }

    private static boolean isLocal(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT).strip();
        return LOCAL.stream().anyMatch(l -> h.equals(l + ":" + port) || h.equals(l));
    }

    private static boolean isLocalOrigin(String origin, int port) {
        try {
            URI u = URI.create(origin);
            String h = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            return LOCAL.contains(h) && u.getPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
