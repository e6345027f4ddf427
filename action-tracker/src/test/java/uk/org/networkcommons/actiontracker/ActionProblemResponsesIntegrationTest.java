package uk.org.networkcommons.actiontracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.actiontracker.support.Networks;

/**
 * Bad input to the action API is always a 400 problem+json that says what is wrong, never a 500 and never a stack
 * trace, and nothing is written; an illegal move in the workflow is a 409 naming both states.
 */
class ActionProblemResponsesIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    /** For each endpoint with a body: a body with invalid fields, and the fields the answer must name. */
    static final Map<String, String[]> INVALID_REQUESTS = Map.of(
            "POST /api/actions", new String[] {
                    "{\"networkId\": \" \", \"title\": \"\", \"ownerOrganisationId\": \"\", \"weight\": 0, "
                            + "\"partyOrganisationIds\": [\"\"]}",
                    "networkId", "title", "ownerOrganisationId", "weight", "partyOrganisationIds[0]"},
            "PUT /api/actions/{actionId}", new String[] {
                    "{\"title\": \"\", \"ownerOrganisationId\": \"x\", \"evidenceLink\": \"not a link\"}",
                    "title", "evidenceLink"},
            "POST /api/actions/{actionId}/status", new String[] {"{\"status\": null, \"progress\": 101}",
                    "status", "progress"},
            "POST /api/actions/{actionId}/progress", new String[] {"{\"progress\": -1}", "progress"},
            "POST /api/actions/{actionId}/comments", new String[] {
                    "{\"comment\": \" \", \"evidenceLink\": \"ftp://x\"}", "comment", "evidenceLink"},
            "POST /api/actions/{actionId}/parties", new String[] {"{\"organisationId\": \"\"}", "organisationId"});

    record Fixture(Networks network, String actionId, String etag) {
    }

    @Test
    void everyEndpointWithABodyHasAnInvalidRequestInThisMatrix() {
        assertThat(endpointsWithABody()).containsExactlyInAnyOrderElementsOf(INVALID_REQUESTS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointWithABodyAnswersMalformedJsonWith400Problem() {
        Fixture fixture = fixture();
        return endpointsWithABody().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            for (String malformed : List.of("{\"title\": ", "[1, 2", "not json at all", "{\"title\": \"x\",}", "")) {
                Response response = send(endpoint, fixture, malformed);
                assertThat(response.status()).as("%s with %s: %s", endpoint, malformed, response.body()).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain("Exception", "at uk.org", "at org.springframework");
            }
            assertThat(etagOf(fixture)).as("nothing written").isEqualTo(fixture.etag());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointWithABodyNamesEachInvalidField() {
        Fixture fixture = fixture();
        return endpointsWithABody().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            String[] request = INVALID_REQUESTS.get(endpoint);
            Response response = send(endpoint, fixture, request[0]);
            assertThat(response.status()).as("%s: %s", endpoint, response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            List<String> named = response.read("$.errors[*].field");
            for (int i = 1; i < request.length; i++) {
                assertThat(named).as(endpoint).contains(request[i]);
            }
            assertThat(etagOf(fixture)).as("nothing written").isEqualTo(fixture.etag());
        }));
    }

    @Test
    void anIllegalMoveIsAConflictNamingBothStatesAndChangesNothing() {
        Fixture fixture = fixture();
        String path = "/api/actions/%s/status".formatted(fixture.actionId());
        Response skip = api.post(fixture.network().coordinator(), path, ActionRequests.status("DONE", null)).expect(409);
        assertThat(skip.contentType()).startsWith("application/problem+json");
        assertThat(skip.field("$.detail")).contains("from PROPOSED to DONE");
        Response noReason = api.post(fixture.network().coordinator(), path, ActionRequests.status("BLOCKED", null))
                .expect(400);
        assertThat(noReason.read("$.errors[*].field").toString()).contains("reason");
        assertThat(etagOf(fixture)).isEqualTo(fixture.etag());
        api.post(fixture.network().coordinator(), path, ActionRequests.status("CANCELLED", "Superseded")).expect(200);
        Response afterCancel = api.post(fixture.network().coordinator(), path,
                ActionRequests.status("IN_PROGRESS", null)).expect(409);
        assertThat(afterCancel.field("$.detail")).contains("from CANCELLED to IN_PROGRESS");
    }

    @Test
    void badQueryPathAndHeaderValuesAre400NotA500() {
        Fixture fixture = fixture();
        var coordinator = fixture.network().coordinator();
        assertThat(api.get(coordinator, "/api/actions?size=0").expect(400).body()).contains("size");
        assertThat(api.get(coordinator, "/api/actions?cursor=not-a-cursor").expect(400).body()).contains("cursor");
        assertThat(api.get(coordinator, "/api/actions?status=FINISHED").expect(400).body()).contains("status");
        assertThat(api.get(coordinator, "/api/actions?dueBefore=tomorrow").expect(400).body()).contains("dueBefore");
        assertThat(api.get(coordinator, "/api/actions/summary?laCode=87").expect(400).body()).contains("laCode");
        api.get(coordinator, "/api/actions/summary").expect(400);
        Response badIfMatch = api.callWithIfMatch(coordinator, HttpMethod.POST,
                "/api/actions/%s/progress".formatted(fixture.actionId()), ActionRequests.progress(5), "yesterday")
                .expect(400);
        assertThat(badIfMatch.body()).contains("If-Match");
        Response unknownStatus = api.post(coordinator, "/api/actions/%s/status".formatted(fixture.actionId()),
                "{\"status\": \"FINISHED\"}").expect(400);
        assertThat(unknownStatus.body()).contains("status");
        Response badParent = api.post(coordinator, "/api/actions",
                ActionRequests.child(fixture.network().id(), "Orphan", fixture.network().member(), "no-such-action", 1))
                .expect(400);
        assertThat(badParent.body()).contains("parentId");
    }

    private Fixture fixture() {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        Response raised = api.post(network.coordinator(), "/api/actions", ActionRequests.raise(network.id(),
                "Reading buddies", network.member(), LocalDate.now().plusMonths(3))).expect(201);
        return new Fixture(network, raised.field("$.id"), raised.etag());
    }

    private String etagOf(Fixture fixture) {
        return api.get(fixture.network().coordinator(), "/api/actions/" + fixture.actionId()).expect(200).etag();
    }

    private Response send(String endpoint, Fixture fixture, String body) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{actionId}", fixture.actionId());
        return api.call(fixture.network().coordinator(),
                HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' '))), path, body);
    }

    private List<String> endpointsWithABody() {
        return OpenApiEndpoints.of(mvc).under("/api/actions").stream().filter(Endpoint::hasBody).map(Endpoint::key)
                .toList();
    }
}
