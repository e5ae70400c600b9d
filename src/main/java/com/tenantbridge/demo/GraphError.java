package com.tenantbridge.demo;

/** A failure answered in Microsoft Graph's error shape: {"error":{"code","message","innerError":{…}}}. */
final class GraphError extends RuntimeException {

    private final int status;
    private final String code;

    GraphError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static GraphError notFound(String id) {
        return new GraphError(404, "Request_ResourceNotFound", "Resource '" + id
                + "' does not exist or one of its queried reference-property objects are not present.");
    }

    static GraphError badRequest(String message) {
        return new GraphError(400, "Request_BadRequest", message);
    }

    static GraphError invalidProperty(String property, String resource) {
        return badRequest("Invalid value specified for property '" + property + "' of resource '" + resource + "'.");
    }

    static GraphError unsupportedQuery(String detail) {
        return new GraphError(400, "Request_UnsupportedQuery", "Unsupported query: " + detail);
    }

    static GraphError noRoute(String method, String path) {
        return new GraphError(400, "BadRequest", "Resource not found for the segment '" + path + "' ("
                + method + ").");
    }

    static GraphError methodNotAllowed(String method) {
        return new GraphError(405, "Request_BadRequest", "The request method '" + method
                + "' is not allowed on this resource.");
    }
}
