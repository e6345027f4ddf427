package uk.org.networkcommons.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import uk.org.networkcommons.platform.problem.Problems;

/** The shape every error response must have, whichever layer produced it. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    /** Asserts an RFC 9457 problem with this status and platform type, and returns its JSON for further checks. */
    public static JsonNode assertProblem(TestHttp.Response response, int status, String slug) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + slug);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.has("trace")).as("no stack trace member").isFalse();
        assertThat(problem.has("exception")).as("no exception member").isFalse();
        assertThat(response.body()).doesNotContain("\tat ", "Exception");
        return problem;
    }
}
