package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;

/**
 * Bad input to the workshop and assessment API is always a 400 problem+json that says what is wrong, never a 500 and
 * never a stack trace, and nothing is written.
 */
class WorkshopProblemResponsesIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    /** For each endpoint with a body: a body with invalid fields, and the fields the answer must name. */
    static final Map<String, String[]> INVALID_REQUESTS = Map.of(
            "POST /api/networks/{networkId}/workshops", new String[] {
                    "{\"title\": \" \", \"date\": null, \"cameoIds\": [\"\"]}", "title", "date", "cameoIds[0]"},
            "PUT /api/workshops/{workshopId}", new String[] {
                    "{\"title\": \"Review\", \"date\": \"2026-12-01\", \"scenarioIds\": [\"challenge-focus\"]}",
                    "scenarioIds[0]"},
            "PUT /api/workshops/{workshopId}/dimensions/{dimensionKey}", new String[] {
                    "{\"name\": \"\", \"now\": {\"rating\": 5}, \"target\": {\"rating\": 0, \"evidence\": "
                            + "[\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\"]}}",
                    "name", "now.rating", "target.rating", "target.evidence"},
            "POST /api/workshops/{workshopId}/proposed-actions", new String[] {
                    "{\"title\": \"\", \"ownerOrganisationId\": \" \", \"description\": \"%s\"}"
                            .formatted("x".repeat(4001)), "title", "ownerOrganisationId", "description"},
            "PUT /api/workshops/{workshopId}/proposed-actions/{proposalId}", new String[] {
                    "{\"title\": \"Rewritten\", \"ownerOrganisationId\": \"${member}\", "
                            + "\"originQuestionId\": \"challenge-focus\"}", "originQuestionId"});

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
            assertThat(api.get(fixture.coordinator(), "/api/workshops/" + fixture.workshopId()).etag())
                    .as("nothing written").isEqualTo(fixture.etag());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointWithABodyNamesEachInvalidField() {
        Fixture fixture = fixture();
        return endpointsWithABody().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            String[] request = INVALID_REQUESTS.get(endpoint);
            Response response = send(endpoint, fixture, request[0].replace("${member}", fixture.member()));
            assertThat(response.status()).as("%s: %s", endpoint, response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            List<String> named = response.read("$.errors[*].field");
            for (int i = 1; i < request.length; i++) {
                assertThat(named).as(endpoint).contains(request[i]);
            }
            assertThat(api.get(fixture.coordinator(), "/api/workshops/" + fixture.workshopId()).etag())
                    .as("nothing written").isEqualTo(fixture.etag());
        }));
    }

    @Test
    void aBadPathOrHeaderValueIsA400NotA500() {
        Fixture fixture = fixture();
        String workshop = "/api/workshops/" + fixture.workshopId();
        Response badKey = api.call(fixture.coordinator(), HttpMethod.PUT, workshop + "/dimensions/Not A Key!",
                WorkshopRequests.dimension("Capacity", 2, 3)).expect(400);
        assertThat(badKey.body()).contains("dimensionKey");
        Response badIfMatch = api.callWithIfMatch(fixture.coordinator(), HttpMethod.PUT, workshop,
                WorkshopRequests.plan("Renamed", fixture.member()), "yesterday").expect(400);
        assertThat(badIfMatch.body()).contains("If-Match");
        api.post(fixture.coordinator(), workshop + "/proposed-actions",
                WorkshopRequests.action("For a dimension never recorded", fixture.member(), "curriculum")).expect(400);
        api.call(fixture.coordinator(), HttpMethod.DELETE, workshop + "/proposed-actions/no-such-proposal", null)
                .expect(404);
    }

    @Test
    void aWrongTypeOrAnUnknownValueIsA400NamingTheField() {
        Fixture fixture = fixture();
        String workshop = "/api/workshops/" + fixture.workshopId();
        Response unknownOutcome = api.post(fixture.coordinator(), workshop + "/proposed-actions", """
                {"title": "Happier", "ownerOrganisationId": "%s", "outcomes": ["BE_HAPPY"]}"""
                .formatted(fixture.member())).expect(400);
        assertThat(unknownOutcome.contentType()).startsWith("application/problem+json");
        assertThat(unknownOutcome.body()).contains("outcomes");

        Response wordRating = api.call(fixture.coordinator(), HttpMethod.PUT, workshop + "/dimensions/capacity", """
                {"name": "Capacity", "now": {"rating": "two"}}""").expect(400);
        assertThat(wordRating.body()).contains("now.rating");

        Response badDate = api.post(fixture.coordinator(), "/api/networks/%s/workshops".formatted(fixture.networkId()),
                """
                {"title": "Review", "date": "next Tuesday"}""").expect(400);
        assertThat(badDate.body()).contains("date");
    }

    record Fixture(String networkId, String member, Person coordinator, String workshopId, String proposalId,
            String etag) {
    }

    private Fixture fixture() {
        String member = "school-" + Person.Ids.next();
        Person coordinator = Person.staffOf(member, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(member),
                network.appointedCoordinator(coordinator.userId()));
        String workshopId = api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Capacity review", member)).expect(201).field("$.id");
        Response proposed = api.post(coordinator, "/api/workshops/%s/proposed-actions".formatted(workshopId),
                WorkshopRequests.action("Share a bursar", member, null)).expect(201);
        return new Fixture(network.id(), member, coordinator, workshopId, proposed.field("$.proposalId"),
                proposed.etag());
    }

    private Response send(String endpoint, Fixture fixture, String body) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{networkId}", fixture.networkId())
                .replace("{workshopId}", fixture.workshopId())
                .replace("{dimensionKey}", "capacity")
                .replace("{proposalId}", fixture.proposalId());
        return api.call(fixture.coordinator(), HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' '))), path,
                body);
    }

    private List<String> endpointsWithABody() {
        return OpenApiEndpoints.of(mvc).under("/api/workshops", "/api/networks/").stream().filter(Endpoint::hasBody)
                .map(Endpoint::key).toList();
    }
}
