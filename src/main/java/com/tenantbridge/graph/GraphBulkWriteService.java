package com.tenantbridge.graph;

import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.core.models.BatchRequestStep;
import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import com.microsoft.kiota.NativeResponseHandler;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.microsoft.kiota.serialization.ParseNode;
import com.microsoft.kiota.serialization.ParseNodeFactoryRegistry;
import com.microsoft.kiota.serialization.SerializationWriter;
import com.tenantbridge.service.port.BulkWriteService;
import com.tenantbridge.service.port.NewUser;
import com.tenantbridge.service.port.PortException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Directory writes twenty to a JSON batch through the Graph SDK's batch content
 * (https://learn.microsoft.com/graph/json-batching): accounts, licences, members twenty to a PATCH, deletions.
 */
public final class GraphBulkWriteService implements BulkWriteService {

    private static final String JSON = "application/json";

    private final GraphServiceClient graph;

    public GraphBulkWriteService(GraphServiceClient graph) {
        this.graph = graph;
    }

    @Override
    public List<Result> send(List<Step> steps, Semaphore wire) throws InterruptedException {
        if (steps.isEmpty()) {
            return List.of();
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a JSON batch holds at most " + MAX_STEPS + " requests");
        }
        // Steps are built as plain HTTP requests: the request-information route would authenticate and trace
        // each step on its own, which costs more CPU than the round trip of the whole batch saves.
        BatchRequestContent batch = new BatchRequestContent(graph);
        Map<String, String> sdkIdByStep = new HashMap<>();
        HttpUrl base = HttpUrl.get(graph.getRequestAdapter().getBaseUrl());
        for (Step step : steps) {
            String sdkId = String.valueOf(sdkIdByStep.size() + 1);
            sdkIdByStep.put(step.id(), sdkId);
            List<String> dependsOn = step.dependsOn().stream().map(sdkIdByStep::get).toList();
            batch.addBatchRequestStep(new BatchRequestStep(sdkId, request(base, step.op()), dependsOn));
        }
        RequestInformation post;
        NativeResponseHandler answer = new NativeResponseHandler();
        try {
            post = graph.getBatchRequestBuilder().toPostRequestInformation(batch);
        } catch (IOException e) {
            throw new PortException(0, "", "the batch could not be written: " + e.getMessage(), e);
        }
        post.setResponseHandler(answer);
        wire.acquire();
        try {
            GraphErrors.call("send " + steps.size() + " directory writes in a batch",
                    () -> graph.getRequestAdapter().sendPrimitive(post, errorMappings(), InputStream.class));
        } finally {
            wire.release();
        }
        Response envelope = (Response) answer.getValue();
        if (envelope != null && !envelope.isSuccessful()) {
            // The whole batch refused (its size or dependsOn shape): none of its requests ran.
            StepError refused = StepError.of(envelope, envelope.code());
            throw new PortException(envelope.code(), refused.code(), "the batch was refused: " + refused.message(),
                    null);
        }
        BatchResponseContent response = new BatchResponseContent(envelope, errorMappings());
        Map<String, Integer> statuses = response.getResponsesStatusCode();
        List<Result> results = new ArrayList<>();
        for (Step step : steps) {
            String sdkId = sdkIdByStep.get(step.id());
            Integer status = statuses.get(sdkId);
            results.add(status == null ? new Result(step.id(), 0, null, 0, "no answer for this request in the batch")
                    : result(step, sdkId, status, response));
        }
        return results;
    }

    private static HashMap<String, ParsableFactory<? extends Parsable>> errorMappings() {
        HashMap<String, ParsableFactory<? extends Parsable>> mappings = new HashMap<>();
        mappings.put("4XX", ODataError::createFromDiscriminatorValue);
        mappings.put("5XX", ODataError::createFromDiscriminatorValue);
        return mappings;
    }

    private Request request(HttpUrl base, Op op) {
        if (op instanceof CreateUser c) {
            return post(base.newBuilder().addPathSegment("users").build(), user(c.user()));
        }
        if (op instanceof AssignLicence a) {
            AssignedLicense licence = new AssignedLicense();
            licence.setSkuId(a.skuId());
            licence.setDisabledPlans(List.of());
            AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
            body.setAddLicenses(List.of(licence));
            // Graph wants removeLicenses present even when nothing is removed.
            body.setRemoveLicenses(List.of());
            return post(base.newBuilder().addPathSegment("users").addPathSegment(a.userPrincipalName())
                    .addPathSegment("assignLicense").build(), body);
        }
        if (op instanceof DeleteUser d) {
            return new Request.Builder().url(base.newBuilder().addPathSegment("users").addPathSegment(d.userId())
                    .build()).method("DELETE", null).build();
        }
        // "Add multiple members to a group in a single request": PATCH the group with members@odata.bind, up to
        // 20 directoryObject URLs (https://learn.microsoft.com/graph/api/group-post-members, example 2; the Java
        // snippet there puts the list in the group's additional data, as here).
        AddMembers m = (AddMembers) op;
        Group group = new Group();
        group.getAdditionalData().put("members@odata.bind", m.userIds().stream()
                .map(id -> "https://graph.microsoft.com/v1.0/directoryObjects/" + id).toList());
        return write("PATCH", base.newBuilder().addPathSegment("groups").addPathSegment(m.groupId()).build(), group);
    }

    private Request post(HttpUrl url, Parsable body) {
        return write("POST", url, body);
    }

    /** A write with the body in Graph's JSON, written by the SDK's own serializer. */
    private Request write(String method, HttpUrl url, Parsable body) {
        SerializationWriter writer = graph.getRequestAdapter().getSerializationWriterFactory()
                .getSerializationWriter(JSON);
        writer.writeObjectValue(null, body);
        try (InputStream content = writer.getSerializedContent()) {
            return new Request.Builder().url(url).method(method, RequestBody.create(content.readAllBytes(),
                    MediaType.get(JSON))).build();
        } catch (IOException e) {
            throw new PortException(0, "", "could not write a batch step: " + e.getMessage(), e);
        }
    }

    /** The body of a new account, the same whether it is created alone or in a batch. */
    static User user(NewUser user) {
        User body = new User();
        body.setAccountEnabled(true);
        body.setDisplayName(user.displayName());
        body.setMailNickname(user.userPrincipalName().substring(0, user.userPrincipalName().indexOf('@')));
        body.setUserPrincipalName(user.userPrincipalName());
        // Graph refuses a licence to a user without usageLocation, so it is set at creation.
        body.setUsageLocation(user.usageLocation());
        if (user.department() != null) {
            body.setDepartment(user.department());
        }
        if (user.companyName() != null) {
            body.setCompanyName(user.companyName());
        }
        if (user.creationTag() != null) {
            body.setOnPremisesExtensionAttributes(GraphDirectoryService.creationTag(user.creationTag()));
        }
        PasswordProfile password = new PasswordProfile();
        password.setPassword(user.oneTimePassword());
        password.setForceChangePasswordNextSignIn(true);
        body.setPasswordProfile(password);
        return body;
    }

    private Result result(Step step, String sdkId, int status, BatchResponseContent response) {
        Response r = response.getResponseById(sdkId);
        String retry = r == null ? null : r.header("Retry-After");
        long retryAfter = 0;
        if (retry != null) {
            try {
                retryAfter = Math.max(0, Long.parseLong(retry.strip()));
            } catch (NumberFormatException e) {
                retryAfter = 1;
            }
        }
        String userId = null;
        String message = null;
        if (status >= 300) {
            message = StepError.of(r, status).message();
        } else if (step.op() instanceof CreateUser && r != null && r.body() != null) {
            try (InputStream body = r.body().byteStream()) {
                ParseNode node = ParseNodeFactoryRegistry.defaultInstance.getParseNode(JSON, body);
                User created = node.getObjectValue(User::createFromDiscriminatorValue);
                userId = created == null ? null : created.getId();
            } catch (IOException | RuntimeException e) {
                userId = null;
            }
        }
        return new Result(step.id(), status, userId, retryAfter, message);
    }
}
