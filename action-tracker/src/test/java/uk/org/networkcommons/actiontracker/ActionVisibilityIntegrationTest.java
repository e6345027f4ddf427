package uk.org.networkcommons.actiontracker;

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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * Every endpoint the service maps (enumerated from the application, not hand-picked) keeps actions from people who may
 * not see them: 404 on an action, exactly as for one that does not exist; lists and the CSV export that simply do not
 * hold it; and 404 (not 403) for an LA summary of another LA, so nothing about that LA's actions is revealed. Anonymous
 * callers get 401 everywhere. The same requests work for the network's co-ordinator and its LA officer, which shows
 * the 404s come from visibility and not from a wrong request.
 */
class ActionVisibilityIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OTHER_LA = "872";
    static final List<String> FEATURES = List.of("uk.org.networkcommons.actiontracker.action.",
            "uk.org.networkcommons.actiontracker.report.");
    /** Endpoints that answer for many actions: strangers get an answer without the fixture's action in it. */
    static final List<String> COLLECTIONS = List.of("GET /api/actions", "GET /api/actions/export.csv");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MongoTemplate mongo;

    /**
     * A network (known only from its events) with a member school that owns an action, a former member, an
     * organisation of the LA that is not a member, a partner agency that is party to the action, and a co-ordinator.
     */
    record Fixture(String networkId, String member, String formerMember, String outsider, String party,
            Person coordinator, String actionId) {
    }

    /** A valid request for each endpoint: query and body. */
    static final Map<String, String[]> VALID_REQUESTS = Map.ofEntries(
            Map.entry("POST /api/actions", new String[] {"",
                    ActionRequests.raise("${network}", "Another action", "${member}", LocalDate.now().plusDays(9))}),
            Map.entry("GET /api/actions", new String[] {"?status=PROPOSED&size=200", null}),
            Map.entry("GET /api/actions/export.csv", new String[] {"?status=PROPOSED", null}),
            Map.entry("GET /api/actions/summary", new String[] {"?laCode=" + LA, null}),
            Map.entry("GET /api/actions/{actionId}", new String[] {"", null}),
            Map.entry("GET /api/actions/{actionId}/updates", new String[] {"", null}),
            Map.entry("PUT /api/actions/{actionId}", new String[] {"",
                    ActionRequests.revise("Renamed", "${member}", LocalDate.now().plusDays(20))}),
            Map.entry("POST /api/actions/{actionId}/status", new String[] {"", ActionRequests.status("AGREED", null)}),
            Map.entry("POST /api/actions/{actionId}/progress", new String[] {"", ActionRequests.progress(40)}),
            Map.entry("POST /api/actions/{actionId}/comments", new String[] {"", ActionRequests.comment("Noted")}),
            Map.entry("POST /api/actions/{actionId}/parties", new String[] {"",
                    ActionRequests.party("youth-service-1")}),
            Map.entry("DELETE /api/actions/{actionId}/parties/{organisationId}", new String[] {"", null}));

    @Test
    void everyMappedActionAndReportEndpointHasAValidRequestInThisMatrix() {
        assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(VALID_REQUESTS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointHidesTheActionFromThoseWhoMayNotSeeItAndWorksForThoseWhoRunTheNetwork() {
        return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            Fixture fixture = fixture();
            List<Person> strangers = List.of(
                    Person.laOfficer(OTHER_LA),
                    Person.staffOf(fixture.outsider(), LA),
                    Person.staffOf(fixture.formerMember(), LA),
                    Person.staffOf("agency-" + Person.Ids.next(), OTHER_LA));
            for (Person stranger : strangers) {
                Response response = send(endpoint, fixture, stranger);
                if (COLLECTIONS.contains(endpoint)) {
                    assertThat(response.status()).as("%s as %s: %s", endpoint, stranger, response.body()).isEqualTo(200);
                    assertThat(response.body()).as("%s as %s", endpoint, stranger)
                            .doesNotContain(fixture.actionId()).doesNotContain(fixture.networkId());
                    continue;
                }
                assertThat(response.status()).as("%s as %s: %s", endpoint, stranger, response.body()).isEqualTo(404);
                assertThat(response.contentType()).startsWith("application/problem+json");
                String expected = endpoint.equals("POST /api/actions") ? "No network with id " + fixture.networkId()
                        : endpoint.equals("GET /api/actions/summary") ? "No local authority summary with id " + LA
                        : "No action with id " + fixture.actionId();
                assertThat(response.field("$.detail")).isEqualTo(expected);
            }
            Response anonymous = send(endpoint, fixture, null);
            assertThat(anonymous.status()).as("%s anonymously", endpoint).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");

            if (!endpoint.equals("GET /api/actions/summary")) {
                Response asCoordinator = send(endpoint, fixture, fixture.coordinator());
                assertThat(asCoordinator.status()).as("%s as its co-ordinator: %s", endpoint, asCoordinator.body())
                        .isBetween(200, 299);
                if (COLLECTIONS.contains(endpoint)) {
                    assertThat(asCoordinator.body()).contains(fixture.actionId());
                }
            }
            Fixture another = fixture();
            Response asOfficer = send(endpoint, another, Person.laOfficer(LA));
            assertThat(asOfficer.status()).as("%s as its LA officer: %s", endpoint, asOfficer.body()).isBetween(200, 299);
        }));
    }

    @Test
    void theListsAndExportOfAnotherLasOfficerHoldNoneOfThisLasActions() {
        fixture();
        Person otherOfficer = Person.laOfficer(OTHER_LA);
        NetworkFeed theirs = NetworkFeed.of(OTHER_LA);
        theirs.publishAndAwait(mongo, theirs.formed());
        String their = api.post(otherOfficer, "/api/actions", ActionRequests.raise(theirs.id(), "Their own",
                "school-" + Person.Ids.next(), null)).expect(201).field("$.id");

        List<String> laCodes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.get(otherOfficer, "/api/actions?size=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200);
            laCodes.addAll(page.read("$.items[*].laCode"));
            ids.addAll(page.read("$.items[*].id"));
            cursor = page.field("$.nextCursor");
        } while (cursor != null);
        assertThat(ids).contains(their);
        assertThat(laCodes).containsOnly(OTHER_LA);
        assertThat(api.get(otherOfficer, "/api/actions/export.csv").expect(200).body()).doesNotContain("\"" + LA + "\"");
        api.get(otherOfficer, "/api/actions/summary?laCode=" + LA).expect(404);
        assertThat(api.get(otherOfficer, "/api/actions/summary?laCode=" + OTHER_LA).expect(200).field("$.total"))
                .isNotEqualTo("0");
        api.get(Person.admin(), "/api/actions/summary?laCode=" + LA).expect(200);
    }

    @Test
    void anUnknownActionIsNotFoundEvenForThePlatformAdmin() {
        api.get(Person.admin(), "/api/actions/no-such-action").expect(404);
        api.post(Person.admin(), "/api/actions/no-such-action/comments", ActionRequests.comment("Hello")).expect(404);
        api.post(Person.admin(), "/api/actions", ActionRequests.raise("no-such-network", "Nowhere", "school-1", null))
                .expect(404);
    }

    private Response send(String endpoint, Fixture fixture, Person person) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{actionId}", fixture.actionId())
                .replace("{organisationId}", fixture.party());
        String[] request = VALID_REQUESTS.get(endpoint);
        String body = request[1] == null ? null : request[1].replace("${member}", fixture.member())
                .replace("${network}", fixture.networkId());
        return api.call(person, HttpMethod.valueOf(method), path + request[0], body);
    }

    private Fixture fixture() {
        String member = "school-" + Person.Ids.next();
        String former = "school-" + Person.Ids.next();
        String outsider = "school-" + Person.Ids.next();
        String party = "agency-" + Person.Ids.next();
        Person coordinator = Person.staffOf(member, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(member), network.joined(former),
                network.left(former), network.appointedCoordinator(coordinator.userId()));
        String actionId = api.post(coordinator, "/api/actions", ActionRequests.raise(network.id(), "Pool the budget",
                member, LocalDate.now().plusMonths(1), party)).expect(201).field("$.id");
        return new Fixture(network.id(), member, former, outsider, party, coordinator, actionId);
    }

    /** The endpoints the action and report features map, found from the handlers' packages. */
    private List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            String handler = entry.getValue().getBeanType().getName();
            if (FEATURES.stream().noneMatch(handler::startsWith)) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                entry.getKey().getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return new ArrayList<>(new TreeSet<>(endpoints));
    }
}
