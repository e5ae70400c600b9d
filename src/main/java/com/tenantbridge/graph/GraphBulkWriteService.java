package com.tenantbridge.graph;

import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.ReferenceCreate;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import com.microsoft.kiota.NativeResponseHandler;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
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
import okhttp3.Response;

/** Directory writes twenty to a JSON batch through the Graph SDK's batch content, with dependsOn. */
public final class GraphBulkWriteService implements BulkWriteService {

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
        BatchRequestContent batch = new BatchRequestContent(graph);
        Map<String, String> sdkIdByStep = new HashMap<>();
        for (Step step : steps) {
            String sdkId = batch.addBatchRequestStep(request(step.op()));
            sdkIdByStep.put(step.id(), sdkId);
        }
        for (Step step : steps) {
            for (String dep : step.dependsOn()) {
                batch.getBatchRequestSteps().get(sdkIdByStep.get(step.id())).addDependsOnId(sdkIdByStep.get(dep));
            }
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
        BatchResponseContent response = new BatchResponseContent((Response) answer.getValue(), errorMappings());
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

    private RequestInformation request(Op op) {
        if (op instanceof CreateUser c) {
            return graph.users().toPostRequestInformation(user(c.user()));
        }
        if (op instanceof AssignLicence a) {
            AssignedLicense licence = new AssignedLicense();
            licence.setSkuId(a.skuId());
            licence.setDisabledPlans(List.of());
            AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
            body.setAddLicenses(List.of(licence));
            // Graph wants removeLicenses present even when nothing is removed.
            body.setRemoveLicenses(List.of());
            return graph.users().byUserId(a.userPrincipalName()).assignLicense().toPostRequestInformation(body);
        }
        AddMember m = (AddMember) op;
        ReferenceCreate ref = new ReferenceCreate();
        ref.setOdataId("https://graph.microsoft.com/v1.0/directoryObjects/" + m.userId());
        return graph.groups().byGroupId(m.groupId()).members().ref().toPostRequestInformation(ref);
    }

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
        PasswordProfile password = new PasswordProfile();
        password.setPassword(user.oneTimePassword());
        password.setForceChangePasswordNextSignIn(true);
        body.setPasswordProfile(password);
        return body;
    }

    private static Result result(Step step, String sdkId, int status, BatchResponseContent response) {
        var r = response.getResponseById(sdkId);
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
        try {
            if (status >= 200 && status < 300 && step.op() instanceof CreateUser) {
                User created = response.getResponseById(sdkId, User::createFromDiscriminatorValue);
                userId = created == null ? null : created.getId();
            } else if (status >= 300) {
                ODataError error = response.getResponseById(sdkId, ODataError::createFromDiscriminatorValue);
                message = error == null || error.getError() == null ? null : error.getError().getMessage();
            }
        } catch (ODataError e) {
            message = e.getError() == null ? e.getMessage() : e.getError().getMessage();
        } catch (RuntimeException e) {
            message = status >= 300 ? "HTTP " + status : null;
        }
        if (status >= 300 && message == null) {
            message = "HTTP " + status;
        }
        return new Result(step.id(), status, userId, retryAfter, message);
    }
}
