package com.tenantbridge.graph;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.serialization.ParseNode;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Response;

/** The service's own code and words for a step of a JSON batch that failed. */
record StepError(String code, String message) {

    private static final JsonParseNodeFactory JSON = new JsonParseNodeFactory();

    /**
     * Reads the step's body with the SDK's JSON parse nodes: the batch content's typed helpers turn an error into
     * an exception and lose the words, which are what tells an admin the cause (for example missing consent).
     */
    static StepError of(Response step, int status) {
        if (step != null && step.body() != null) {
            try (InputStream body = step.body().byteStream()) {
                ParseNode node = JSON.getParseNode("application/json", body);
                ODataError error = node.getObjectValue(ODataError::createFromDiscriminatorValue);
                if (error != null && error.getError() != null && error.getError().getMessage() != null) {
                    String code = error.getError().getCode();
                    return new StepError(code == null ? "" : code, error.getError().getMessage());
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable body says no more than the status.
            }
        }
        return new StepError("", "HTTP " + status);
    }
}
