package uk.org.networkcommons.networkservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * Every endpoint under {@code /api/networks/{networkId}}, as the application actually maps them (not a hand-picked
 * list), answers 404 to people who may not see the network, and the same request works for its LA officer, which
 * shows the 404 came from visibility and not from a wrong request.
 */
class NetworkVisibilityIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OTHER_LA = "872";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A network with a member, a former member, a co-ordinator, a pending join request and an agreement. */
    record Fixture(String networkId, String member, String formerMember, String outsider, String applicant,
            String requestId, Person coordinator) {

        Map<String, String> pathVariables() {
            return Map.of("networkId", networkId, "organisationId", member, "requestId", requestId, "userId",
                    coordinator.userId(), "version", "1");
        }
    }

    /** A valid request for each network endpoint: path (with variables), query and body. */
    static final Map<String, String[]> VALID_REQUESTS = Map.ofEntries(
            Map.entry("GET /api/networks/{networkId}", new String[] {"", null}),
            Map.entry("PUT /api/networks/{networkId}", new String[] {"", """
                    {"name": "Renamed", "type": "CLUSTER", "basis": "GEOGRAPHIC", "focus": ["SCHOOL_IMPROVEMENT"],
                     "continuumForm": "LOOSE_COLLABORATION", "governanceModel": "SELF_ORGANISING"}"""}),
            Map.entry("POST /api/networks/{networkId}/dissolution", new String[] {"",
                    "{\"dissolvedOn\": \"" + LocalDate.now() + "\", \"reason\": \"Objectives met\"}"}),
            Map.entry("GET /api/networks/{networkId}/members", new String[] {"?on=2025-01-01", null}),
            Map.entry("GET /api/networks/{networkId}/membership-history", new String[] {"", null}),
            Map.entry("POST /api/networks/{networkId}/members", new String[] {"",
                    "{\"organisationId\": \"${outsider}\", \"role\": \"SPOKE\"}"}),
            Map.entry("POST /api/networks/{networkId}/members/{organisationId}/departure", new String[] {"",
                    "{\"reason\": \"Moving to another cluster\"}"}),
            Map.entry("GET /api/networks/{networkId}/join-requests", new String[] {"", null}),
            Map.entry("POST /api/networks/{networkId}/join-requests/{requestId}/approval", new String[] {"", "{}"}),
            Map.entry("POST /api/networks/{networkId}/join-requests/{requestId}/rejection", new String[] {"",
                    "{\"reason\": \"The network is full this year\"}"}),
            Map.entry("GET /api/networks/{networkId}/leaders", new String[] {"", null}),
            Map.entry("POST /api/networks/{networkId}/leaders", new String[] {"",
                    "{\"userId\": \"champion-1\", \"displayName\": \"ECM champion\", \"role\": \"CHAMPION\"}"}),
            Map.entry("DELETE /api/networks/{networkId}/leaders/{userId}", new String[] {"?role=COORDINATOR", null}),
            Map.entry("GET /api/networks/{networkId}/agreement", new String[] {"", null}),
            Map.entry("GET /api/networks/{networkId}/agreement/versions", new String[] {"", null}),
            Map.entry("GET /api/networks/{networkId}/agreement/versions/{version}", new String[] {"", null}),
            Map.entry("POST /api/networks/{networkId}/agreement", new String[] {"", """
                    {"basedOnVersion": 1, "jointObjectives": "Joint CPD", "serviceLevelAgreements": [],
                     "withdrawalTerms": "A term's notice"}"""}));

    @Test
    void everyMappedNetworkEndpointHasAValidRequestInThisMatrix() {
        assertThat(networkEndpoints()).containsExactlyInAnyOrderElementsOf(VALID_REQUESTS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyNetworkEndpointIsNotFoundForThoseWhoCannotSeeTheNetwork() {
        return networkEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            Fixture fixture = fixture();
            List<Person> strangers = List.of(
                    Person.laOfficer(OTHER_LA),
                    Person.staffOf(fixture.outsider(), LA),
                    Person.staffOf(fixture.formerMember(), LA),
                    Person.staffOf(fixture.applicant(), LA),
                    Person.staffOf(api.registerAgency(OTHER_LA, "Police " + Person.Ids.next()), OTHER_LA));
            for (Person stranger : strangers) {
                Response response = send(endpoint, fixture, stranger);
                assertThat(response.status()).as("%s as %s: %s", endpoint, stranger, response.body()).isEqualTo(404);
                assertThat(response.contentType()).startsWith("application/problem+json");
                // the same answer a network that does not exist gets: nothing about it leaks
                assertThat(response.field("$.detail")).isEqualTo("No network with id " + fixture.networkId());
            }
            assertThat(send(endpoint, fixture, null).status()).as("%s anonymously", endpoint).isEqualTo(401);
            Response allowed = send(endpoint, fixture, Person.laOfficer(LA));
            assertThat(allowed.status()).as("%s as its LA officer: %s", endpoint, allowed.body()).isBetween(200, 299);
        }));
    }

    @Test
    void listsHoldOnlyNetworksTheViewerCanSee() {
        Fixture fixture = fixture();
        assertThat(api.get(Person.laOfficer(OTHER_LA), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .doesNotContain(fixture.networkId());
        assertThat(api.get(Person.staffOf(fixture.outsider(), LA), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .doesNotContain(fixture.networkId());
        assertThat(api.get(Person.staffOf(fixture.formerMember(), LA), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .doesNotContain(fixture.networkId());
        assertThat(api.get(Person.staffOf(fixture.member(), LA), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .containsExactly(fixture.networkId());
        assertThat(api.get(fixture.coordinator(), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .contains(fixture.networkId());
    }

    private Response send(String endpoint, Fixture fixture, Person person) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        String path = pattern;
        for (Map.Entry<String, String> variable : fixture.pathVariables().entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        String[] request = VALID_REQUESTS.get(endpoint);
        String body = request[1] == null ? null : request[1].replace("${outsider}", fixture.outsider());
        return api.call(person, HttpMethod.valueOf(method), path + request[0], body);
    }

    private Fixture fixture() {
        String member = api.registerSchool(LA, "Member School " + Person.Ids.next());
        String former = api.registerSchool(LA, "Former Member " + Person.Ids.next());
        String outsider = api.registerSchool(LA, "Outsider School " + Person.Ids.next());
        String applicant = api.registerSchool(LA, "Applicant School " + Person.Ids.next());
        String networkId = api.formNetwork(LA, "Network " + Person.Ids.next());
        api.admit(LA, networkId, member, "2024-09-01");
        api.admit(LA, networkId, former, "2024-09-01");
        api.post(Person.laOfficer(LA), "/api/networks/%s/members/%s/departure".formatted(networkId, former),
                "{\"effectiveOn\": \"2025-07-31\"}").expect(200);
        Person coordinator = Person.staffOf(member, LA);
        api.post(Person.laOfficer(LA), "/api/networks/%s/leaders".formatted(networkId), """
                {"userId": "%s", "displayName": "Co-ordinator", "role": "COORDINATOR"}
                """.formatted(coordinator.userId())).expect(201);
        String requestId = api.post(Person.staffOf(applicant, LA), "/api/organisations/%s/join-requests".formatted(applicant),
                "{\"networkId\": \"%s\", \"role\": \"MEMBER\"}".formatted(networkId)).expect(202).field("$.id");
        api.post(Person.laOfficer(LA), "/api/networks/%s/agreement".formatted(networkId), """
                {"basedOnVersion": 0, "jointObjectives": "Share CPD", "serviceLevelAgreements": [],
                 "withdrawalTerms": "A term's notice"}""").expect(201);
        return new Fixture(networkId, member, former, outsider, applicant, requestId, coordinator);
    }

    private List<String> networkEndpoints() {
        List<String> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/networks/{networkId}")) {
                    info.getMethodsCondition().getMethods()
                            .forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return new ArrayList<>(new TreeSet<>(endpoints));
    }
}
