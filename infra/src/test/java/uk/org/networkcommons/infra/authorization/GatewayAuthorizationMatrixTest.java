package uk.org.networkcommons.infra.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import uk.org.networkcommons.infra.DemoUsers;
import uk.org.networkcommons.infra.LaunchedPlatform;
import uk.org.networkcommons.infra.RunningPlatform;
import uk.org.networkcommons.infra.ServiceModule;
import uk.org.networkcommons.infra.authorization.GatewayAuthorizationMatrix.Case;
import uk.org.networkcommons.platform.test.api.JsonExamples;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.platform.test.hostile.StrangerRules;

/**
 * Object-level authorization on the deployed path: real Keycloak tokens, the gateway, the real services and Kafka.
 * Every operation of every OpenAPI document the gateway serves ({@code /v3/api-docs/swagger-config} lists the
 * services'; {@code /v3/api-docs} is its own) is called about real objects of the demo's LA by an officer of another
 * LA, staff of an unrelated school of the LA, staff of a former member (see {@link Strangers}) and anonymously, with
 * the rules of the services' own matrices; the event stream is subscribed to by each of them, live and on resume,
 * while a co-ordinator comments on one of the LA's actions. Nobody may see anything of it, and the count of cases is
 * printed.
 */
@ExtendWith(RunningPlatform.class)
@Order(RunningPlatform.LAST)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class GatewayAuthorizationMatrixTest {

    /** How long the officer's stream may take to deliver a change, and the strangers' more, on a busy machine. */
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(2);

    private static GatewayClient gateway;
    private static Map<String, OpenApiEndpoints> documents;
    private static FernmoorObjects fernmoor;
    private static Strangers strangers;
    private static MatrixFixture fixture;
    private static String coordinator;

    @BeforeAll
    static void strangersAndTheObjectsTheyMayNotSee(LaunchedPlatform platform) throws Exception {
        long started = System.nanoTime();
        gateway = new GatewayClient(platform.gateway());
        documents = documents(gateway);
        String officer = platform.accessToken("la.officer");
        coordinator = platform.accessToken("coordinator");
        fernmoor = new FernmoorObjects(gateway, officer);
        strangers = new Strangers(platform, gateway, fernmoor);
        fixture = fixture(officer);
        System.out.printf("[authorization-matrix] through the gateway: strangers in the realm, the former member "
                + "admitted, seen to see, departed and hidden by every service, in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theGatewayServesTheOpenApiDocumentOfEveryService() {
        assertThat(documents.keySet()).containsExactlyInAnyOrderElementsOf(ServiceModule.ALL.stream()
                .map(service -> service.gateway() ? "gateway" : service.module()).toList());
    }

    @TestFactory
    Stream<DynamicTest> noOperationShowsStrangersAnObjectOfTheLaThroughTheGateway() {
        return new GatewayAuthorizationMatrix(gateway, documents, fixture)
                // each service's rules, declared once for its own matrix and this one
                .rules(StrangerRules.NETWORK_SERVICE)
                .rules(StrangerRules.CAMEO_SERVICE)
                .rules(StrangerRules.ACTION_TRACKER)
                // the gateway's own
                .checkedBy("GET " + EventStreamWatch.PATH, GatewayAuthorizationMatrixTest::eventStream)
                .tests();
    }

    /**
     * Everyone subscribes; the north community's co-ordinator comments on one of its actions. The officer's stream
     * delivers the comment, live and when resumed from where it opened; no stranger's stream delivers it, or anything
     * else of the LA, either way. Anonymous subscriptions are refused.
     */
    private static List<Case> eventStream(Endpoint endpoint) throws Exception {
        List<Case> cases = new ArrayList<>();
        Map<String, EventStreamWatch> live = new LinkedHashMap<>();
        Map<String, EventStreamWatch> resumed = new LinkedHashMap<>();
        try (EventStreamWatch officer = EventStreamWatch.open(gateway.gateway(), fixture.ownerToken(), null)) {
            assertThat(officer.status()).as("the officer's subscription").isEqualTo(200);
            for (Map.Entry<String, String> stranger : fixture.strangers().entrySet()) {
                live.put(stranger.getKey(), EventStreamWatch.open(gateway.gateway(), stranger.getValue(), null));
            }
            String marker = "Authorization matrix stream check " + UUID.randomUUID();
            gateway.post(coordinator, "/api/actions/" + fernmoor.northAction + "/comments",
                    "{\"comment\": \"" + marker + "\"}").expect(201, "the co-ordinator's comment");
            assertThat(officer.awaitEventContaining(marker, DELIVERY))
                    .as("the officer's stream delivers the comment, or the strangers' silence proves nothing")
                    .isTrue();
            Thread.sleep(QUIET);

            try (EventStreamWatch officerResumed = EventStreamWatch.open(gateway.gateway(), fixture.ownerToken(),
                    officer.openingPosition())) {
                for (Map.Entry<String, String> stranger : fixture.strangers().entrySet()) {
                    resumed.put(stranger.getKey(), EventStreamWatch.open(gateway.gateway(), stranger.getValue(),
                            live.get(stranger.getKey()).openingPosition()));
                }
                assertThat(officerResumed.awaitEventContaining(marker, DELIVERY))
                        .as("the officer's stream resumed from before the comment delivers it").isTrue();
                Thread.sleep(QUIET);
            }
            for (String stranger : fixture.strangers().keySet()) {
                cases.add(streamCase(stranger, marker, live.get(stranger), resumed.get(stranger)));
            }
        } finally {
            for (EventStreamWatch watch : live.values()) {
                watch.close();
            }
            for (EventStreamWatch watch : resumed.values()) {
                watch.close();
            }
        }

        try (EventStreamWatch anonymous = EventStreamWatch.open(gateway.gateway(), null, null)) {
            String refusal = anonymous.refusal();
            cases.add(anonymous.status() == 401 && anonymous.contentType().startsWith("application/problem+json")
                    ? Case.kept(GatewayAuthorizationMatrix.ANONYMOUS, "401")
                    : Case.broken(GatewayAuthorizationMatrix.ANONYMOUS, String.valueOf(anonymous.status()),
                            "expected 401 problem+json, got " + anonymous.status() + " " + refusal));
        }
        return cases;
    }

    private static Case streamCase(String stranger, String marker, EventStreamWatch live, EventStreamWatch resumed) {
        if (live.status() != 200 || resumed.status() != 200) {
            return Case.broken(stranger, live.status() + "/" + resumed.status(),
                    "a signed-in person's subscription is accepted and filtered, not refused");
        }
        List<String> delivered = new ArrayList<>(live.events());
        delivered.addAll(resumed.events());
        Set<String> secrets = new LinkedHashSet<>(fixture.secretsFrom(stranger));
        secrets.add(marker);
        for (String event : delivered) {
            for (String secret : secrets) {
                if (event.contains(secret)) {
                    return Case.broken(stranger, "200", "the stream delivered an event holding '" + secret + "': "
                            + event);
                }
            }
        }
        return Case.kept(stranger, "200, " + live.events().size() + " live and " + resumed.events().size()
                + " resumed events, none of the LA's");
    }

    /** Each service's document as the gateway serves it to Swagger UI, and the gateway's own. */
    private static Map<String, OpenApiEndpoints> documents(GatewayClient gateway) {
        Map<String, OpenApiEndpoints> documents = new LinkedHashMap<>();
        JsonNode catalogue = gateway.get(null, "/v3/api-docs/swagger-config").expect(200, "the API catalogue").json();
        for (JsonNode entry : catalogue.path("urls")) {
            documents.put(entry.path("name").asString(), OpenApiEndpoints.parse(gateway.get(null,
                    entry.path("url").asString()).expect(200, "the document of " + entry.path("name")).body()));
        }
        documents.put("gateway", OpenApiEndpoints.parse(gateway.get(null, "/v3/api-docs")
                .expect(200, "the gateway's own document").body()));
        return documents;
    }

    private static MatrixFixture fixture(String officer) {
        MatrixFixture fixture = new MatrixFixture(officer)
                .hidden("networkId", fernmoor.north)
                .hidden("workshopId", fernmoor.workshop)
                .hidden("proposalId", fernmoor.proposal)
                .hidden("actionId", fernmoor.northAction)
                .hidden("requestId", fernmoor.joinRequest)
                .hidden("itemId", fernmoor.draftItem)
                .hidden(fernmoor.publishedItem)
                .secret(fernmoor.draftTitle)
                .secret(fernmoor.publishedTitle)
                // published for the LA: its staff read it, whatever their school; only the LA's officers change it
                .visibleTo(fernmoor.publishedItem, Strangers.UNRELATED_SCHOOL_STAFF, Strangers.FORMER_MEMBER_STAFF)
                .visibleTo(fernmoor.publishedTitle, Strangers.UNRELATED_SCHOOL_STAFF, Strangers.FORMER_MEMBER_STAFF)
                .value("POST /api/library/authored/{itemId}/retirement", "itemId", fernmoor.publishedItem)
                // the pending join request is the south cluster's
                .value("POST /api/networks/{networkId}/join-requests/{requestId}/approval", "networkId",
                        fernmoor.south)
                .value("POST /api/networks/{networkId}/join-requests/{requestId}/rejection", "networkId",
                        fernmoor.south)
                .value("organisationId", DemoUsers.PRIMARY_SCHOOL.id())
                .value("userId", fernmoor.leader)
                .value("role", fernmoor.leaderRole)
                .value("version", fernmoor.agreementVersion)
                .value("dimensionKey", fernmoor.dimensionKey)
                .value("challengeId", "challenge-capacity")
                .value("cameoId", "cameo-capacity-1")
                .value("scenarioId", "scenario-alliance")
                .value("laCode", FernmoorObjects.LA)
                // bodies: what the services' own matrices fill in, naming Fernmoor's objects
                .field("laCode", FernmoorObjects.LA)
                .field("parentNetworkId", JsonExamples.ABSENT)
                .field("providedBy", DemoUsers.PRIMARY_SCHOOL.id())
                .field("basedOnVersion", Integer.parseInt(fernmoor.agreementVersion))
                .field("POST /api/organisations", "id", JsonExamples.ABSENT)
                .field("POST /api/organisations", "kind", "PARTNER_AGENCY")
                .field("POST /api/organisations", "agencyType", "HEALTH")
                .field("PUT /api/organisations/{organisationId}", "phase", "PRIMARY")
                .field("POST /api/networks/{networkId}/members", "organisationId", strangers.unrelatedSchool)
                .field("POST /api/organisations/{organisationId}/join-requests", "networkId", fernmoor.north)
                .field("networkId", fernmoor.north)
                .field("ownerOrganisationId", DemoUsers.PRIMARY_SCHOOL.id())
                .field("summary", "Four schools share one transition mentor")
                .field("challengeIds", List.of("challenge-capacity"))
                .field("cameoIds", List.of("cameo-capacity-1"))
                .field("scenarioIds", List.of("scenario-alliance"))
                .field("questionIds", List.of("challenge-capacity-q1"))
                .field("participantOrganisationIds", List.of(DemoUsers.PRIMARY_SCHOOL.id()))
                .field("originQuestionId", "challenge-capacity-q1")
                .field("originCameoId", "cameo-capacity-1")
                .field("dimensionKey", fernmoor.dimensionKey)
                .field("status", "AGREED")
                .field("parentId", JsonExamples.ABSENT)
                .field("POST /api/actions/{actionId}/parties", "organisationId", strangers.unrelatedSchool)
                .query("GET /api/networks", "size=200")
                .query("GET /api/library/authored", "size=200")
                .query("GET /api/actions", "size=200");
        // nothing of any of the LA's networks, workshops or actions may reach a stranger
        fernmoor.networks.forEach((id, name) -> fixture.hidden(id).secret(name));
        fernmoor.actions.forEach((id, title) -> fixture.hidden(id).secret(title));
        fernmoor.workshops.forEach((id, title) -> fixture.hidden(id).secret(title));
        fernmoor.proposals.forEach(id -> fixture.hidden(id));
        strangers.tokens.forEach(fixture::stranger);
        return fixture;
    }
}
