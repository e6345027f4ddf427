package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;

/**
 * Every workshop and assessment endpoint, as the application actually maps them (not a hand-picked list), answers 404
 * to people who may not see the workshop's network, exactly as for a network or workshop that does not exist, and 401
 * to anonymous callers; the same request works for the network's co-ordinator (appointed by event) and for its LA
 * officer, which shows the 404 came from visibility and not from a wrong request.
 */
class WorkshopVisibilityIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OTHER_LA = "872";
    static final List<String> FEATURES = List.of("uk.org.networkcommons.cameoservice.workshop.",
            "uk.org.networkcommons.cameoservice.assessment.");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MongoTemplate mongo;

    /**
     * A network (known only from its events) with a member school taking part, a former member, a partner agency that
     * takes part without being a member, and a co-ordinator; one scheduled workshop with a dimension and a proposal.
     */
    record Fixture(String networkId, String member, String formerMember, String outsider, String guestAgency,
            Person coordinator, String workshopId, String proposalId) {

        Map<String, String> pathVariables() {
            return Map.of("networkId", networkId, "workshopId", workshopId, "dimensionKey", "capacity",
                    "proposalId", proposalId);
        }
    }

    /** A valid request for each endpoint: query and body. */
    static final Map<String, String[]> VALID_REQUESTS = Map.ofEntries(
            Map.entry("POST /api/networks/{networkId}/workshops", new String[] {"",
                    WorkshopRequests.plan("Spring review", "${member}")}),
            Map.entry("GET /api/networks/{networkId}/workshops", new String[] {"", null}),
            Map.entry("GET /api/networks/{networkId}/self-assessments", new String[] {"?dimension=capacity", null}),
            Map.entry("GET /api/workshops/{workshopId}", new String[] {"", null}),
            Map.entry("PUT /api/workshops/{workshopId}", new String[] {"",
                    WorkshopRequests.plan("Moved to the afternoon", "${member}", "${guestAgency}")}),
            Map.entry("POST /api/workshops/{workshopId}/completion", new String[] {"", null}),
            Map.entry("PUT /api/workshops/{workshopId}/dimensions/{dimensionKey}", new String[] {"",
                    WorkshopRequests.dimension("Capacity", 1, 3)}),
            Map.entry("DELETE /api/workshops/{workshopId}/dimensions/{dimensionKey}", new String[] {"", null}),
            Map.entry("POST /api/workshops/{workshopId}/proposed-actions", new String[] {"",
                    WorkshopRequests.action("Pool the budget for a shared bursar", "${member}", "capacity")}),
            Map.entry("PUT /api/workshops/{workshopId}/proposed-actions/{proposalId}", new String[] {"",
                    WorkshopRequests.action("Pool the budget from April", "${guestAgency}", null)}),
            Map.entry("DELETE /api/workshops/{workshopId}/proposed-actions/{proposalId}", new String[] {"", null}),
            Map.entry("GET /api/workshops/{workshopId}/export.json", new String[] {"", null}),
            Map.entry("GET /api/workshops/{workshopId}/export.csv", new String[] {"", null}));

    @Test
    void everyMappedWorkshopAndAssessmentEndpointHasAValidRequestInThisMatrix() {
        assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(VALID_REQUESTS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointIsNotFoundForThoseWhoCannotSeeTheNetworkAndWorksForThoseWhoRunIt() {
        return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            Fixture fixture = fixture();
            List<Person> strangers = List.of(
                    Person.laOfficer(OTHER_LA),
                    Person.staffOf(fixture.outsider(), LA),
                    Person.staffOf(fixture.formerMember(), LA),
                    Person.staffOf(fixture.guestAgency(), LA),
                    Person.staffOf("agency-" + Person.Ids.next(), OTHER_LA));
            for (Person stranger : strangers) {
                Response response = send(endpoint, fixture, stranger);
                assertThat(response.status()).as("%s as %s: %s", endpoint, stranger, response.body()).isEqualTo(404);
                assertThat(response.contentType()).startsWith("application/problem+json");
                // the same answer a network or workshop that does not exist gets: nothing about it leaks
                assertThat(response.field("$.detail")).isEqualTo(endpoint.contains("{networkId}")
                        ? "No network with id " + fixture.networkId() : "No workshop with id " + fixture.workshopId());
            }
            Response anonymous = send(endpoint, fixture, null);
            assertThat(anonymous.status()).as("%s anonymously", endpoint).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");

            Response asCoordinator = send(endpoint, fixture, fixture.coordinator());
            assertThat(asCoordinator.status()).as("%s as its co-ordinator: %s", endpoint, asCoordinator.body())
                    .isBetween(200, 299);
            Fixture another = fixture();
            Response asOfficer = send(endpoint, another, Person.laOfficer(LA));
            assertThat(asOfficer.status()).as("%s as its LA officer: %s", endpoint, asOfficer.body()).isBetween(200, 299);
        }));
    }

    @Test
    void anUnknownNetworkOrWorkshopIsNotFoundEvenForThePlatformAdmin() {
        api.get(Person.admin(), "/api/networks/no-such-network/workshops").expect(404);
        api.get(Person.admin(), "/api/networks/no-such-network/self-assessments").expect(404);
        api.post(Person.admin(), "/api/networks/no-such-network/workshops", WorkshopRequests.plan("Nowhere"))
                .expect(404);
        api.get(Person.admin(), "/api/workshops/no-such-workshop").expect(404);
    }

    @Test
    void listsAreOnlyShownToThoseWhoCanSeeTheNetwork() {
        Fixture fixture = fixture();
        String list = "/api/networks/%s/workshops".formatted(fixture.networkId());
        assertThat(api.get(Person.staffOf(fixture.member(), LA), list).expect(200).<List<String>>read("$[*].id"))
                .containsExactly(fixture.workshopId());
        api.get(Person.staffOf(fixture.guestAgency(), LA), list).expect(404);
        api.get(Person.laOfficer(OTHER_LA), list).expect(404);
    }

    private Response send(String endpoint, Fixture fixture, Person person) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        for (Map.Entry<String, String> variable : fixture.pathVariables().entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        String[] request = VALID_REQUESTS.get(endpoint);
        String body = request[1] == null ? null : request[1].replace("${member}", fixture.member())
                .replace("${guestAgency}", fixture.guestAgency());
        return api.call(person, HttpMethod.valueOf(method), path + request[0], body);
    }

    private Fixture fixture() {
        String member = "school-" + Person.Ids.next();
        String former = "school-" + Person.Ids.next();
        String outsider = "school-" + Person.Ids.next();
        String guestAgency = "agency-" + Person.Ids.next();
        Person coordinator = Person.staffOf(member, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(member), network.joined(former),
                network.left(former), network.appointedCoordinator(coordinator.userId()));
        String workshop = "/api/workshops/" + api.post(coordinator,
                "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Autumn review", member, former, guestAgency)).expect(201).field("$.id");
        api.call(coordinator, HttpMethod.PUT, workshop + "/dimensions/capacity",
                WorkshopRequests.dimension("Capacity", 2, 3)).expect(200);
        String proposalId = api.post(coordinator, workshop + "/proposed-actions",
                WorkshopRequests.action("Share a business manager", member, null)).expect(201).field("$.proposalId");
        return new Fixture(network.id(), member, former, outsider, guestAgency, coordinator,
                workshop.substring("/api/workshops/".length()), proposalId);
    }

    /** The endpoints the workshop and assessment features map, found from the handlers' packages. */
    private List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            String handler = entry.getValue().getBeanType().getName();
            if (FEATURES.stream().noneMatch(handler::startsWith)) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.contains("{")) {
                    // about a whole LA, not one network: its own rule is in WorkshopSummaryIntegrationTest
                    continue;
                }
                entry.getKey().getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return new ArrayList<>(new TreeSet<>(endpoints));
    }
}
