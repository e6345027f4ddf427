package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.cameoservice.support.Authoring;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * Every endpoint under {@code /api/library/authored/{itemId}}, as the service's OpenAPI document lists them (not a
 * hand-picked list), answers 404 to people who may not see the item, exactly as for an item that does not exist, and
 * 401 to anonymous callers; the same request works for the author, which shows the 404 came from visibility and not
 * from a wrong request.
 */
class AuthoredItemVisibilityIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OTHER_LA = "872";

    /** A valid request for each item endpoint: query, body, and the state the item must be in for it to succeed. */
    record ValidRequest(String query, String body, String state) {
    }

    static final Map<String, ValidRequest> VALID_REQUESTS = Map.of(
            "GET /api/library/authored/{itemId}", new ValidRequest("", null, "PUBLISHED"),
            "PUT /api/library/authored/{itemId}", new ValidRequest("",
                    Authoring.cameoJson("Renamed in the matrix", "LA"), "PUBLISHED"),
            "POST /api/library/authored/{itemId}/publication", new ValidRequest("", null, "DRAFT"),
            "POST /api/library/authored/{itemId}/retirement", new ValidRequest("", null, "PUBLISHED"));

    @Test
    void everyMappedItemEndpointHasAValidRequestInThisMatrix() {
        assertThat(itemEndpoints()).containsExactlyInAnyOrderElementsOf(VALID_REQUESTS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyItemEndpointIsNotFoundForThoseWhoCannotSeeAnLaSharedItem() {
        return itemEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            Person author = Person.laOfficer(LA);
            String itemId = item(author, VALID_REQUESTS.get(endpoint).state());
            List<Person> strangers = List.of(
                    Person.laOfficer(OTHER_LA),
                    Person.staffOf("school-" + Person.Ids.next(), OTHER_LA),
                    Person.staffOf("agency-" + Person.Ids.next(), null));
            for (Person stranger : strangers) {
                Response response = send(endpoint, itemId, stranger);
                assertThat(response.status()).as("%s as %s: %s", endpoint, stranger, response.body()).isEqualTo(404);
                assertThat(response.contentType()).startsWith("application/problem+json");
                // the same answer an item that does not exist gets: nothing about it leaks
                assertThat(response.field("$.detail")).isEqualTo("No authored item with id " + itemId);
                assertThat(response.body()).isEqualTo(send(endpoint, "authored-missing", stranger).body()
                        .replace("authored-missing", itemId));
            }
            assertThat(send(endpoint, itemId, null).status()).as("%s anonymously", endpoint).isEqualTo(401);
            Response allowed = send(endpoint, itemId, author);
            assertThat(allowed.status()).as("%s as its author: %s", endpoint, allowed.body()).isBetween(200, 299);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyItemEndpointIsNotFoundOnADraftForTheAuthorsLaColleaguesWhoAreNotOfficers() {
        return itemEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            Person author = Person.laOfficer(LA);
            String itemId = item(author, "DRAFT");
            Response response = send(endpoint, itemId, Person.staffOf("school-" + Person.Ids.next(), LA));
            assertThat(response.status()).as("%s: %s", endpoint, response.body()).isEqualTo(404);
        }));
    }

    private String item(Person author, String state) {
        Authoring authoring = new Authoring(api);
        String id = authoring.draft(author, Authoring.cameoJson("Matrix item " + Person.Ids.next(), "LA"));
        if (!"DRAFT".equals(state)) {
            authoring.publish(author, id).expect(200);
        }
        return id;
    }

    private Response send(String endpoint, String itemId, Person person) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{itemId}", itemId);
        ValidRequest request = VALID_REQUESTS.get(endpoint);
        return api.call(person, HttpMethod.valueOf(method), path + request.query(), request.body());
    }

    private List<String> itemEndpoints() {
        return OpenApiEndpoints.of(mvc).under("/api/library/authored/{").stream().map(Endpoint::key).toList();
    }
}
