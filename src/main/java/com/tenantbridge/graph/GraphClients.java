package com.tenantbridge.graph;

import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Builds Microsoft Graph SDK clients. The demo tenant and a real tenant go through the same SDK, the
 * same middleware (retry on 429/503/504 honouring Retry-After) and the same code paths; only the base URL
 * and the token differ.
 */
public final class GraphClients {

    public static final String GRAPH_HOST = "graph.microsoft.com";
    public static final String PRODUCTION_BASE_URL = "https://graph.microsoft.com/v1.0";
    static final int MAX_RETRIES = 6;

    private GraphClients() {
    }

    /** A client for one demo tenant, whose token is {@code demo:<domain>}. */
    public static GraphServiceClient demo(String baseUrl, String tenantDomain) {
        URI uri = URI.create(baseUrl);
        return create(baseUrl, uri.getHost(), () -> "demo:" + tenantDomain);
    }

    /**
     * A client for one demo tenant signed in as {@code userPrincipalName} with only {@code scopes}: the demo token
     * {@code demo:<user>;scp=<scope>,…} stands for the delegated access token Entra would issue.
     */
    public static GraphServiceClient demoDelegated(String baseUrl, String userPrincipalName,
            java.util.List<String> scopes) {
        URI uri = URI.create(baseUrl);
        String token = "demo:" + userPrincipalName + ";scp=" + String.join(",", scopes);
        return create(baseUrl, uri.getHost(), () -> token);
    }

    /** A client for a real tenant; {@code token} is asked for a fresh access token on every request. */
    public static GraphServiceClient microsoft365(Supplier<String> token) {
        return create(PRODUCTION_BASE_URL, GRAPH_HOST, token);
    }

    static GraphServiceClient create(String baseUrl, String host, Supplier<String> token) {
        AccessTokenProvider tokens = new AccessTokenProvider() {
            private final AllowedHostsValidator hosts = new AllowedHostsValidator(host);

            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                // Never hand the token to a host we were not built for (e.g. a nextLink elsewhere).
                return hosts.isUrlHostValid(uri) ? token.get() : "";
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return hosts;
            }
        };
        // 429/503/504 are retried with Retry-After; more patiently than the SDK's default of three tries.
        OkHttpClient http = GraphClientFactory.create(new RequestOption[] {
                new RetryHandlerOption(null, MAX_RETRIES, 1)}).addInterceptor(GraphClients::noSilentResend).build();
        BaseGraphRequestAdapter adapter = new BaseGraphRequestAdapter(
                new BaseBearerTokenAuthenticationProvider(tokens), baseUrl, http);
        // The service client copies the base URL into its request builders when it is built.
        adapter.setBaseUrl(baseUrl);
        return new GraphServiceClient(adapter);
    }

    /**
     * OkHttp sends a request again by itself when a connection drops after it was sent. For a write that hides what
     * the engine must know: the first try may have been carried out (an account made with the password it carried).
     * A write's body is marked one-shot below the SDK's retry handler (which still retries 429/503 itself), so a
     * dropped write reaches the engine as a failure it retries knowingly; reads are still resent.
     */
    private static okhttp3.Response noSilentResend(okhttp3.Interceptor.Chain chain) throws java.io.IOException {
        okhttp3.Request request = chain.request();
        okhttp3.RequestBody body = request.body();
        if (body == null || body.isOneShot()) {
            return chain.proceed(request);
        }
        okhttp3.RequestBody oneShot = new okhttp3.RequestBody() {
            @Override
            public okhttp3.MediaType contentType() {
                return body.contentType();
            }

            @Override
            public long contentLength() throws java.io.IOException {
                return body.contentLength();
            }

            @Override
            public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
                body.writeTo(sink);
            }

            @Override
            public boolean isOneShot() {
                return true;
            }
        };
        return chain.proceed(request.newBuilder().method(request.method(), oneShot).build());
    }

    /**
     * Loads the SDK's HTTP stack, serializers and user model without sending anything, so the first real call does
     * not pay for it; the wizard runs this in the background once its first step is on screen.
     */
    public static void warmUp() {
        GraphServiceClient client = demo("http://127.0.0.1:9/v1.0", "warm-up.invalid");
        client.users().toGetRequestInformation();
        com.microsoft.graph.models.User.createFromDiscriminatorValue(
                com.microsoft.kiota.serialization.ParseNodeFactoryRegistry.defaultInstance.getParseNode(
                        "application/json", new java.io.ByteArrayInputStream("{}".getBytes(
                                java.nio.charset.StandardCharsets.UTF_8))));
    }
}
