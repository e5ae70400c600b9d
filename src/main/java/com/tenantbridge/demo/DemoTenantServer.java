package com.tenantbridge.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An offline Microsoft 365: several tenants behind one loopback HTTP server that speaks the Microsoft
 * Graph v1.0 subset TenantBridge uses, under {@code http://127.0.0.1:PORT/v1.0/}. The bearer token picks the
 * tenant: {@code Authorization: Bearer demo:abc.com}. Teams-only settings, faults and resets live under the
 * separate admin paths {@code /_demo/…}, which are not Graph.
 */
public final class DemoTenantServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTenantServer.class);
    static final String TOKEN_PREFIX = "demo:";
    private static final int MAX_BODY = 4 * 1024 * 1024;
    /**
     * The longest request URI read. A bound of the demo tenant's own, so no request can hold a worker: the Graph
     * pages name no figure, and the longest call the tool makes (a filter on one name) is far below it.
     */
    static final int MAX_URI = 32 * 1024;
    private static final String JSON_TYPE = "application/json;odata.metadata=minimal;odata.streaming=true;"
            + "IEEE754Compatible=false;charset=utf-8";

    static {
        // Without TCP_NODELAY, a client that sends headers and body in two writes waits ~40 ms per request on
        // Nagle's algorithm meeting delayed ACKs. Read once, when the JDK server's configuration loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService saver;
    private final DemoDirectory directory;
    private final Faults faults;
    private final GraphApi graph;
    private final AdminApi admin;
    private final String baseUrl;

    /** Seconds a client may take to send its request before the connection is closed (the JDK server's timer). */
    static final int MAX_REQUEST_SECONDS = 10;
    /** Threads for requests in flight; idle keep-alive connections hold none (they wait in the server's selector). */
    static final int MAX_WORKERS = 512;

    static {
        // Read once by the JDK's HTTP server when it first loads: a client that trickles its request in (or never
        // finishes it) loses the connection after this long instead of holding a worker for ever.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        }
    }

    private DemoTenantServer(DemoOptions options) throws IOException {
        this.directory = new DemoDirectory(options.dataDir(), options.reset(), System::currentTimeMillis);
        this.faults = new Faults(options);
        this.graph = new GraphApi(directory, faults);
        this.admin = new AdminApi(directory, faults);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
        AtomicInteger n = new AtomicInteger();
        // Latency is simulated by sleeping, so requests need their own threads to overlap as in the cloud; threads
        // come and go with the load, up to a ceiling a day of slow or stuck clients does not reach.
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(8, MAX_WORKERS,
                30, TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "demo-tenant-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.workers = pool;
        this.http.setExecutor(workers);
        this.http.createContext("/", this::handle);
        this.baseUrl = "http://127.0.0.1:" + http.getAddress().getPort() + "/v1.0";
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-tenant-saver");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a server; returns once it accepts connections. */
    public static DemoTenantServer start(DemoOptions options) throws IOException {
        DemoTenantServer server = new DemoTenantServer(options);
        server.http.start();
        if (options.dataDir() != null) {
            server.saver.scheduleWithFixedDelay(server.directory::saveChanged, 250, 250, TimeUnit.MILLISECONDS);
        }
        return server;
    }

    /** e.g. {@code http://127.0.0.1:53124/v1.0}. */
    public String graphBaseUrl() {
        return baseUrl;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The bearer token that selects a tenant, by one of its domains. */
    public static String tokenFor(String tenantDomain) {
        return TOKEN_PREFIX + tenantDomain;
    }

    /** The seeded tenants: name, id and default domain. */
    public List<DemoTenant> tenants() {
        return directory.all().stream().map(t -> new DemoTenant(t.displayName, t.tenantId, t.defaultDomain(),
                t.domains.stream().map(d -> d.path("id").asText()).toList())).toList();
    }

    public record DemoTenant(String displayName, String tenantId, String defaultDomain, List<String> domains) {
        public DemoTenant {
            domains = List.copyOf(domains);
        }
    }

    /** Tells {@code listener} of every Graph call answered from now on, as "METHOD /path"; null stops. */
    public void onGraphCall(java.util.function.Consumer<String> listener) {
        graph.onCall(listener);
    }

    /** As {@link #onGraphCall}, with who made each call: the signed-in user ("" for a tenant-admin token). */
    public void onGraphCallBy(java.util.function.BiConsumer<String, String> listener) {
        graph.onCallBy(listener);
    }

    /** Enforces Graph's identity write quota per tenant from now on; null lifts it. */
    public void setWriteQuota(WriteQuota quota) {
        faults.setWriteQuota(quota);
    }

    /** Graph requests answered so far (batch steps counted one by one) and how many were refused 429/503. */
    /** Requests (batch steps one by one), those refused 429/503, writes among them, and whole batches refused. */
    public record Traffic(long requests, long throttled, long writes, long refusedBatches) {
    }

    public Traffic traffic() {
        return new Traffic(faults.requests(), faults.throttledRequests(), faults.writes(), faults.refusedBatches());
    }

    @Override
    public void close() {
        http.stop(0);
        saver.shutdownNow();
        workers.shutdownNow();
        directory.saveChanged();
    }

    // ---- HTTP ------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = Optional.ofNullable(exchange.getRequestHeaders().getFirst("client-request-id"))
                .orElse(requestId);
        GraphResponse response;
        try {
            response = dispatch(exchange);
        } catch (GraphError e) {
            response = GraphApi.error(e);
        } catch (Throwable e) { // NOPMD - a StackOverflowError too: the request is answered and the worker lives
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                exchange.close();
                throw (VirtualMachineError) e;
            }
            LOG.warn("Demo tenant failed on {} {}", exchange.getRequestMethod(), shortUri(exchange), e);
            response = GraphApi.error(new GraphError(500, "InternalServerError", "The demo tenant failed: "
                    + e.getClass().getSimpleName()));
        }
        if (exchange.getRequestURI().getRawPath().startsWith("/v1.0") && faults.dropResponse()) {
            // The work is done; the client sees the connection close with no answer.
            exchange.close();
            return;
        }
        write(exchange, response, requestId, clientRequestId);
    }

    /** The request line as a log shows it: a 16 kB URI is refused, not written out whole. */
    private static String shortUri(HttpExchange exchange) {
        String uri = String.valueOf(exchange.getRequestURI());
        return uri.length() <= 200 ? uri : uri.substring(0, 200) + "\u2026 (" + uri.length() + " characters)";
    }

    private GraphResponse dispatch(HttpExchange exchange) throws IOException {
        String rawUri = exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery();
        if (rawUri.length() > MAX_URI) {
            readBody(exchange.getRequestBody());
            throw new GraphError(414, "UriTooLong", "The request URI is " + rawUri.length() + " characters; the demo"
                    + " tenant reads at most " + MAX_URI + ".");
        }
        String raw = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        byte[] bytes = readBody(exchange.getRequestBody());
        if (raw.startsWith("/_demo")) {
            String path = raw.substring("/_demo".length());
            var h = exchange.getRequestHeaders();
            java.util.Optional<String> refused = AdminGuard.refusal(h.getFirst("Host"), h.getFirst("Origin"),
                    http.getAddress().getPort(), path, tokenTenant(h.getFirst("Authorization")), directory);
            if (refused.isPresent()) {
                throw new GraphError(403, "Authorization_RequestDenied", "Refused: " + refused.get() + ".");
            }
            return admin.handle(exchange.getRequestMethod(), path, query, parse(bytes));
        }
        if (!raw.startsWith("/v1.0/") && !raw.equals("/v1.0")) {
            throw new GraphError(404, "BadRequest", "Invalid version: the demo tenant speaks /v1.0.");
        }
        Authenticated who = authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        TenantState tenant = who.tenant();
        sleep(faults.delayMillis());
        boolean batch = raw.equals("/v1.0/$batch");
        if (!batch) {
            // Inside a batch each step is throttled on its own; the batch itself answers 200.
            GraphResponse refused = graph.refusal(tenant, exchange.getRequestMethod());
            if (refused != null) {
                return refused;
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
        String pathAndQuery = raw.substring("/v1.0".length()) + (query == null ? "" : "?" + query);
        GraphRequest request = new GraphRequest(baseUrl, tenant, who.caller(), exchange.getRequestMethod(),
                pathAndQuery,
                parse(bytes), headers);
        return graph.call(request);
    }

    private record Authenticated(TenantState tenant, Caller caller) {
    }

    private Authenticated authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new GraphError(401, "InvalidAuthenticationToken", "Access token is empty.");
        }
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        if (!token.startsWith(TOKEN_PREFIX)) {
            throw new GraphError(401, "InvalidAuthenticationToken", "Access token validation failure. The demo tenant"
                    + " takes 'Bearer demo:<tenant domain>' or 'Bearer demo:<user>;scp=<scope>,<scope>'.");
        }
        String subject = token.substring(TOKEN_PREFIX.length());
        int semicolon = subject.indexOf(';');
        if (semicolon < 0) {
            TenantState tenant = directory.find(subject).orElseThrow(() -> new GraphError(401,
                    "InvalidAuthenticationToken", "Access token validation failure: no demo tenant has the domain '"
                            + subject + "'."));
            return new Authenticated(tenant, Caller.admin());
        }
        String upn = subject.substring(0, semicolon);
        String rest = subject.substring(semicolon + 1);
        if (!rest.startsWith("scp=")) {
            throw new GraphError(401, "InvalidAuthenticationToken", "Access token validation failure: a delegated"
                    + " demo token is 'demo:<user>;scp=<scope>,<scope>'.");
        }
        TenantState tenant = directory.find(Addresses.domainOf(upn)).orElseThrow(() -> new GraphError(401,
                "InvalidAuthenticationToken", "Access token validation failure: no demo tenant has the user '" + upn
                        + "'."));
        synchronized (tenant) {
            try {
                tenant.user(upn);
            } catch (GraphError e) {
                throw new GraphError(401, "InvalidAuthenticationToken", "Access token validation failure: '" + upn
                        + "' is not a user of " + tenant.displayName + ".");
            }
        }
        java.util.Set<String> scopes = new java.util.HashSet<>();
        for (String s : rest.substring(4).split(",")) {
            if (!s.isBlank()) {
                scopes.add(s.strip());
            }
        }
        return new Authenticated(tenant, Caller.delegated(upn, scopes));
    }

    /** The domain a "Bearer demo:…" token names (a delegated token by its user's domain), or null. */
    private static String tokenTenant(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        if (!token.startsWith(TOKEN_PREFIX)) {
            return null;
        }
        String subject = token.substring(TOKEN_PREFIX.length());
        int semicolon = subject.indexOf(';');
        return semicolon < 0 ? subject : Addresses.domainOf(subject.substring(0, semicolon));
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new GraphError(413, "RequestEntityTooLarge", "The request body is larger than 4 MB.");
        }
        return bytes;
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new GraphError(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type"
                    + " header is set and payload is of valid JSON format.");
        } catch (IOException e) {
            throw new GraphError(400, "BadRequest", "Unable to read the request payload.");
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(HttpExchange exchange, GraphResponse response, String requestId, String clientRequestId)
            throws IOException {
        JsonNode body = response.body();
        if (body instanceof ObjectNode obj && obj.path("error").path("innerError") instanceof ObjectNode inner) {
            inner.put("request-id", requestId);
            inner.put("client-request-id", clientRequestId);
        }
        var headers = exchange.getResponseHeaders();
        headers.set("request-id", requestId);
        headers.set("client-request-id", clientRequestId);
        headers.set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        response.headers().forEach(headers::set);
        try (OutputStream out = exchange.getResponseBody()) {
            if (body == null || response.status() == 204) {
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
            headers.set("Content-Type", JSON_TYPE);
            exchange.sendResponseHeaders(response.status(), bytes.length);
            out.write(bytes);
        }
    }
}
