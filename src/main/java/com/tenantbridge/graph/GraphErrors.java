package com.tenantbridge.graph;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import com.tenantbridge.service.port.ConflictException;
import com.tenantbridge.service.port.NoAnswerException;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.PortException;
import java.util.function.Supplier;

/** Turns the SDK's exceptions into the ports' own, keeping Graph's code and message. */
final class GraphErrors {

    private GraphErrors() {
    }

    static <T> T call(String what, Supplier<T> call) {
        try {
            return answered(what, call);
        } catch (ApiException e) {
            throw translate(what, e);
        }
    }

    /**
     * Runs the call, turning "no answer came" (a dropped or refused connection, which the SDK wraps unchecked)
     * into {@link NoAnswerException}, so the engine retries it and checks what is there before writing again.
     * Graph's own refusals ({@link ApiException}) pass through for the caller to read.
     */
    static <T> T answered(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException | PortException e) {
            throw e;
        } catch (RuntimeException e) {
            java.io.IOException io = io(e);
            if (io == null) {
                throw e;
            }
            throw new NoAnswerException(what + ": no answer (" + io.getMessage() + ")", e);
        }
    }

    /** The SDK wraps a network failure (a dropped connection, a refused one) in an unchecked exception. */
    private static java.io.IOException io(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException io) {
                return io;
            }
        }
        return null;
    }

    static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    static PortException translate(String what, ApiException e) {
        int status = e.getResponseStatusCode();
        String code = "";
        String message = e.getMessage();
        if (e instanceof ODataError odata && odata.getError() != null) {
            code = odata.getError().getCode() == null ? "" : odata.getError().getCode();
            message = odata.getError().getMessage() == null ? message : odata.getError().getMessage();
        }
        String text = what + ": " + message + " (HTTP " + status + (code.isEmpty() ? "" : ", " + code) + ")";
        if (status == 404) {
            return new NotFoundException(status, code, text, e);
        }
        if (status == 409 || (message != null && message.contains("already exist"))) {
            return new ConflictException(status, code, text, e);
        }
        return new PortException(status, code, text, e);
    }

    static boolean isNotFound(ApiException e) {
        return e.getResponseStatusCode() == 404;
    }
}
