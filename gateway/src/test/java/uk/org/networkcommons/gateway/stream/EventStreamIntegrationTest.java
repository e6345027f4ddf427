package uk.org.networkcommons.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.org.networkcommons.gateway.stream.Events.actionProgressed;
import static uk.org.networkcommons.gateway.stream.Events.actionRaised;
import static uk.org.networkcommons.gateway.stream.Events.workshopScheduled;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.ContinuumForm;
import uk.org.networkcommons.events.network.GovernanceModel;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkBasis;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkFormed;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.organisation.SchoolPhase;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * The event stream end to end: real signed tokens, real CloudEvents records on the in-JVM broker, and real HTTP
 * connections to the running gateway reading {@code text/event-stream}.
 */
@GatewayIntegrationTest
class EventStreamIntegrationTest {

    private static final Duration QUIET = Duration.ofMillis(1500);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient web;

    @Autowired
    MongoOperations mongo;

    @Autowired
    StreamLimits limits;

    @Autowired
    NameDirectory names;

    @Autowired
    EventStream eventStream;

    @BeforeEach
    void resetFakes() {
        FakeServices.reset();
    }

    @Test
    void officersOfTwoLasEachReceiveOnlyTheirOwnLasEvents() {
        NetworkFeed north = NetworkFeed.of(Published.freshLaCode());
        NetworkFeed south = NetworkFeed.of(Published.freshLaCode());
        TestUser northOfficer = TestUsers.laOfficer(north.laCode(), OrganisationId.random());
        TestUser southOfficer = TestUsers.laOfficer(south.laCode(), OrganisationId.random());
        OrganisationId school = OrganisationId.random();

        try (StreamClient northStream = StreamClient.open(port, bearer(northOfficer));
                StreamClient southStream = StreamClient.open(port, bearer(southOfficer))) {
            List<Published> northEvents = new ArrayList<>();
            List<Published> southEvents = new ArrayList<>();
            northEvents.addAll(Published.publish(north.formed(), north.joined(school.value())));
            southEvents.addAll(Published.publish(south.formed()));
            northEvents.addAll(Published.publish(actionRaised(north, school, Set.of(), "Agree transition plan"),
                    workshopScheduled(north, "Transition to secondary")));
            southEvents.addAll(Published.publish(actionRaised(south, OrganisationId.random(), Set.of(school),
                    "Share attendance data"), workshopScheduled(south, "Attendance")));

            northStream.awaitEvents(northEvents);
            southStream.awaitEvents(southEvents);
            await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() -> {
                assertThat(northStream.eventIds()).containsExactlyInAnyOrderElementsOf(ids(northEvents));
                assertThat(southStream.eventIds()).containsExactlyInAnyOrderElementsOf(ids(southEvents));
            });
            assertThat(northStream.events()).allSatisfy(event ->
                    assertThat(event.get("lacode").asString()).isEqualTo(north.laCode()));
            assertThat(southStream.events()).allSatisfy(event ->
                    assertThat(event.get("lacode").asString()).isEqualTo(south.laCode()));
        }
    }

    @Test
    void eachEventIsAStructuredCloudEventWithItsResumeIdAsTheSseId() {
        NetworkFeed network = NetworkFeed.of(Published.freshLaCode());
        TestUser officer = TestUsers.laOfficer(network.laCode(), OrganisationId.random());

        try (StreamClient stream = StreamClient.open(port, bearer(officer))) {
            OutboxEntry raised = actionRaised(network, OrganisationId.random(), Set.of(), "Agree transition plan");
            List<Published> published = Published.publish(raised);
            stream.awaitEvents(published);

            ServerSentEvent<String> opening = stream.frames().getFirst();
            assertThat(opening.data()).as("the stream opens with a heartbeat").isNull();
            assertThat(opening.comment()).isEqualTo("heartbeat");
            assertThat(opening.retry()).isEqualTo(Duration.ofSeconds(5));
            assertThat(StreamPosition.decode(opening.id()).offsets()).isNotEmpty();

            ServerSentEvent<String> frame = stream.frames().getLast();
            JsonNode event = stream.events().getLast();
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(event.get("id").asString()).isEqualTo(raised.eventId());
            assertThat(event.get("source").asString()).isEqualTo("/action-tracker");
            assertThat(event.get("type").asString()).isEqualTo("uk.org.networkcommons.action.action-raised.v1");
            assertThat(event.get("subject").asString()).isEqualTo(raised.aggregateId());
            assertThat(Instant.parse(event.get("time").asString())).isEqualTo(raised.occurredAt());
            assertThat(event.get("datacontenttype").asString()).isEqualTo("application/json");
            assertThat(event.get("networkid").asString()).isEqualTo(network.id());
            assertThat(event.get("lacode").asString()).isEqualTo(network.laCode());
            assertThat(event.get("aggregateversion").asLong()).isEqualTo(1);
            assertThat(event.get("data").get("title").asString()).isEqualTo("Agree transition plan");
            assertThat(event.get("data").get("actionId").asString()).isEqualTo(raised.aggregateId());
            Published record = published.getFirst();
            assertThat(StreamPosition.decode(frame.id())
                    .offset(new StreamPosition.Partition(record.topic(), record.partition())))
                    .as("the id resumes right after this event").contains(record.offset() + 1);
        }
    }

    @Test
    void aMemberReceivesOnlyTheEventsOfNetworksItBelongsTo() {
        String la = Published.freshLaCode();
        NetworkFeed ours = NetworkFeed.of(la);
        NetworkFeed theirs = NetworkFeed.of(la);
        OrganisationId school = OrganisationId.random();
        OrganisationId otherSchool = OrganisationId.random();
        Published.publish(ours.formed(), ours.joined(school.value()), theirs.formed(), theirs.joined(otherSchool.value()));
        awaitProjected(ours, theirs);
        TestUser head = TestUsers.member(school, la);

        try (StreamClient stream = StreamClient.open(port, bearer(head))) {
            List<Published> visible = new ArrayList<>();
            visible.addAll(Published.publish(ours.joined(OrganisationId.random().value()),
                    workshopScheduled(ours, "Transition to secondary"),
                    actionRaised(ours, otherSchool, Set.of(), "Agree transition plan")));
            List<Published> invisible = Published.publish(theirs.joined(OrganisationId.random().value()),
                    workshopScheduled(theirs, "Attendance"), actionRaised(theirs, otherSchool, Set.of(), "Attendance"));

            stream.awaitEvents(visible);
            await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() ->
                    assertThat(stream.eventIds()).containsExactlyInAnyOrderElementsOf(ids(visible))
                            .doesNotContainAnyElementsOf(ids(invisible)));
        }
    }

    @Test
    void aPartnerAgencyReceivesOnlyTheActionsWhereItIsAParty() {
        NetworkFeed network = NetworkFeed.of(Published.freshLaCode());
        OrganisationId school = OrganisationId.random();
        OrganisationId police = OrganisationId.random();
        Published.publish(network.formed(), network.joined(school.value()));
        awaitProjected(network);
        TestUser agency = TestUsers.member(police);

        try (StreamClient stream = StreamClient.open(port, bearer(agency))) {
            OutboxEntry withPolice = actionRaised(network, school, Set.of(police), "Safer routes to school");
            List<Published> visible = Published.publish(withPolice, actionProgressed(withPolice, 2, 30));
            List<Published> invisible = Published.publish(
                    actionRaised(network, school, Set.of(OrganisationId.random()), "Breakfast club"),
                    workshopScheduled(network, "Transition to secondary"), network.joined(OrganisationId.random().value()));

            stream.awaitEvents(visible);
            await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() ->
                    assertThat(stream.eventIds()).containsExactlyInAnyOrderElementsOf(ids(visible))
                            .doesNotContainAnyElementsOf(ids(invisible)));
        }
    }

    @Test
    void aReconnectWithLastEventIdReceivesEverythingPublishedMeanwhileOnceAndNothingBefore() {
        NetworkFeed network = NetworkFeed.of(Published.freshLaCode());
        NetworkFeed elsewhere = NetworkFeed.of(Published.freshLaCode());
        TestUser officer = TestUsers.laOfficer(network.laCode(), OrganisationId.random());
        String bearer = bearer(officer);
        OrganisationId school = OrganisationId.random();

        List<Published> before;
        String lastEventId;
        try (StreamClient first = StreamClient.open(port, bearer)) {
            before = Published.publish(actionRaised(network, school, Set.of(), "One"),
                    actionRaised(network, school, Set.of(), "Two"), workshopScheduled(network, "Three"));
            first.awaitEvents(before);
            assertThat(first.frames().getLast().data()).isNotNull();
            lastEventId = first.lastId();
        }
        await().atMost(StreamClient.PATIENCE).until(() -> limits.openStreams(officer.expectedViewer()) == 0);

        List<Published> meanwhile = new ArrayList<>();
        List<Published> invisible = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            OutboxEntry raised = actionRaised(network, school, Set.of(), "Action " + i);
            meanwhile.addAll(Published.publish(raised, actionProgressed(raised, 2, i), workshopScheduled(network, "W" + i)));
            invisible.addAll(Published.publish(actionRaised(elsewhere, school, Set.of(), "Elsewhere " + i)));
        }
        assertThat(partitionsOf(meanwhile)).as("spread over topics and partitions").hasSizeGreaterThanOrEqualTo(4);

        try (StreamClient second = StreamClient.open(port, bearer, lastEventId)) {
            second.awaitEvents(meanwhile);
            await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() ->
                    assertThat(second.eventIds()).as("every event once, none from before, none invisible")
                            .containsExactlyInAnyOrderElementsOf(ids(meanwhile)));
            assertThat(second.eventIds()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aClientThatSawNoEventResumesFromTheHeartbeatsIdWithoutAGap() {
        NetworkFeed network = NetworkFeed.of(Published.freshLaCode());
        TestUser officer = TestUsers.laOfficer(network.laCode(), OrganisationId.random());
        String bearer = bearer(officer);

        String heartbeatId;
        try (StreamClient quiet = StreamClient.open(port, bearer)) {
            heartbeatId = quiet.lastId();
            assertThat(quiet.events()).isEmpty();
        }
        List<Published> meanwhile = Published.publish(workshopScheduled(network, "One"),
                actionRaised(network, OrganisationId.random(), Set.of(), "Two"));

        try (StreamClient resumed = StreamClient.open(port, bearer, heartbeatId)) {
            resumed.awaitEvents(meanwhile);
            await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() ->
                    assertThat(resumed.eventIds()).containsExactlyInAnyOrderElementsOf(ids(meanwhile)));
        }
    }

    @Test
    void anUnreadableLastEventIdIsABadRequestAndOpensNothing() {
        TestUser officer = TestUsers.laOfficer(Published.freshLaCode(), OrganisationId.random());
        String aheadOfTheTopics = StreamPosition.of(Map.of(new StreamPosition.Partition(Topics.ACTIONS, 0),
                1_000_000_000L)).encode();
        String unknownTopic = StreamPosition.of(Map.of(new StreamPosition.Partition("network-commons.unknown", 0),
                0L)).encode();

        for (String lastEventId : List.of("garbage", aheadOfTheTopics, unknownTopic)) {
            web.get().uri("/api/events/stream").accept(MediaType.TEXT_EVENT_STREAM)
                    .header(HttpHeaders.AUTHORIZATION, bearer(officer)).header("Last-Event-ID", lastEventId)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "invalid-last-event-id")
                    .jsonPath("$.status").isEqualTo(400)
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Last-Event-ID"));
        }
        web.get().uri("/api/events/stream?lastEventId=garbage").accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, bearer(officer))
                .exchange().expectStatus().isBadRequest();
        await().atMost(StreamClient.PATIENCE).until(() -> limits.openStreams(officer.expectedViewer()) == 0);
    }

    @Test
    void aViewerWithTooManyOpenStreamsIsToldToCloseOneFirst() {
        TestUser officer = TestUsers.laOfficer(Published.freshLaCode(), OrganisationId.random());
        List<StreamClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(StreamClient.open(port, bearer(officer)));
            }

            web.get().uri("/api/events/stream").accept(MediaType.TEXT_EVENT_STREAM)
                    .header(HttpHeaders.AUTHORIZATION, bearer(officer))
                    .exchange()
                    .expectStatus().isEqualTo(429)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "too-many-streams")
                    .jsonPath("$.limit").isEqualTo(5);
            StreamClient other = StreamClient.open(port, bearer(TestUsers.laOfficer(officer.laCode(),
                    OrganisationId.random())));
            open.add(other);

            open.removeFirst().close();
            await().atMost(StreamClient.PATIENCE).until(() -> limits.openStreams(officer.expectedViewer()) == 4);
            open.add(StreamClient.open(port, bearer(officer)));
        } finally {
            open.forEach(StreamClient::close);
        }
    }

    @Test
    void theStreamEndsWhenItsAccessTokenExpiresSoTheClientReconnectsWithACurrentOne() {
        TestUser officer = TestUsers.laOfficer(Published.freshLaCode(), OrganisationId.random());
        String shortLived = TestJwtIssuer.instance().token(officer).expiresAt(Instant.now().plusSeconds(3)).bearer();

        try (StreamClient stream = StreamClient.open(port, shortLived)) {
            await().atMost(Duration.ofSeconds(15)).until(stream::completed);
            assertThat(stream.errors()).isEmpty();
        }
        await().atMost(StreamClient.PATIENCE).until(() -> limits.openStreams(officer.expectedViewer()) == 0);
    }

    @Test
    void noStreamIsOpenedWithoutAViewer() {
        // the edge's security answers: 401 for /api/** once it says so, a sign-in redirect before
        web.get().uri("/api/events/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().value(status -> assertThat(status).isIn(302, 401))
                .expectBody().consumeWith(result -> assertThat(result.getResponseHeaders().getContentType())
                        .isNotEqualTo(MediaType.TEXT_EVENT_STREAM));
    }

    @Test
    void theJavaApiDescribesEventsWithTheNamesOfWhatTheyConcern() {
        LaCode la = LaCode.of(Published.freshLaCode());
        OrganisationId school = OrganisationId.random();
        NetworkId networkId = NetworkId.random();
        NetworkAccess empty = new NetworkAccess(networkId, la, Set.of(), Set.of(), Set.of(), false);
        NetworkAccess withSchool = new NetworkAccess(networkId, la, Set.of(school), Set.of(), Set.of(), false);
        Published.publish(
                Published.entry(school.value(), 1, new OrganisationRegistered(school, new OrganisationProfile(
                        "Fernmoor Primary", OrganisationKind.SCHOOL, la, "100001", SchoolPhase.PRIMARY, null),
                        UserId.of("officer"))),
                Published.entry(networkId.value(), 1, new NetworkFormed(networkId, new NetworkProfile(
                        "Fernmoor North Cluster", NetworkType.CLUSTER, NetworkBasis.GEOGRAPHIC,
                        Set.of(NetworkFocus.SCHOOL_IMPROVEMENT), ContinuumForm.LOOSE_COLLABORATION,
                        GovernanceModel.ALLIANCE, "Transition", null, null), UserId.of("officer"), empty)));
        await().atMost(StreamClient.PATIENCE).until(() -> names.network(networkId).isPresent()
                && names.organisation(school).isPresent());
        TestUser officer = TestUsers.laOfficer(la.value(), OrganisationId.random());

        List<StreamItem> received = new CopyOnWriteArrayList<>();
        Disposable subscription = eventStream.items(officer.expectedViewer(), Optional.empty()).subscribe(received::add);
        try {
            await().atMost(StreamClient.PATIENCE).until(() -> !received.isEmpty());
            assertThat(received.getFirst()).as("open").isInstanceOf(StreamItem.Heartbeat.class);
            Published joined = Published.publish(Published.entry(networkId.value(), 2, new MemberJoined(networkId,
                    school, MembershipRole.MEMBER, LocalDate.now(), null, UserId.of("officer"), withSchool)))
                    .getFirst();

            await().atMost(StreamClient.PATIENCE).until(() -> received.stream()
                    .anyMatch(item -> item instanceof StreamedEvent event && event.eventId().equals(joined.eventId())));
            StreamedEvent event = received.stream().filter(StreamedEvent.class::isInstance).map(StreamedEvent.class::cast)
                    .filter(each -> each.eventId().equals(joined.eventId())).findFirst().orElseThrow();
            assertThat(event.description()).isEqualTo("Fernmoor Primary joined Fernmoor North Cluster.");
            assertThat(event.payload()).isInstanceOf(MemberJoined.class);
            assertThat(event.subject()).isEqualTo(networkId.value());
            assertThat(event.networkId()).isEqualTo(networkId);
            assertThat(event.laCode()).isEqualTo(la);
            assertThat(event.aggregateVersion()).isEqualTo(2);
            assertThat(event.data().get("organisationId").asString()).isEqualTo(school.value());
        } finally {
            subscription.dispose();
        }
    }

    private void awaitProjected(NetworkFeed... networks) {
        await().atMost(StreamClient.PATIENCE).until(() -> Stream.of(networks).allMatch(network ->
                network.appliedVersion(mongo) != null && network.appliedVersion(mongo) >= network.version()));
    }

    private static Set<String> partitionsOf(List<Published> published) {
        Set<String> partitions = new HashSet<>();
        published.forEach(record -> partitions.add(record.topic() + "-" + record.partition()));
        return partitions;
    }

    private static List<String> ids(List<Published> published) {
        return published.stream().map(Published::eventId).toList();
    }

    private static String bearer(TestUser user) {
        return TestJwtIssuer.instance().token(user).bearer();
    }
}
