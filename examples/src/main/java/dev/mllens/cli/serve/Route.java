package dev.mllens.cli.serve;

import java.util.Arrays;
import java.util.Optional;

/** The routes of the service: one method per path. The OpenAPI document lists the same (a test keeps them equal). */
enum Route {
    PAGE("GET", "/"),
    HEALTH("GET", "/healthz"),
    OPENAPI("GET", "/v1/openapi.json"),
    CATALOG("GET", "/v1/catalog"),
    WORKLOAD_SCHEMA("GET", "/v1/schema/workload"),
    ASSESSMENTS("POST", "/v1/assessments");

    private final String method;
    private final String path;

    Route(String method, String path) {
        this.method = method;
        this.path = path;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** The route at exactly this path (no trailing slash, no case folding: a client's typo is a 404). */
    static Optional<Route> at(String path) {
        return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst();
    }
}
