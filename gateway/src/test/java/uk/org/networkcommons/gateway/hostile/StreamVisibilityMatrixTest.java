package uk.org.networkcommons.gateway.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.org.networkcommons.gateway.stream.Events.actionProgressed;
import static uk.org.networkcommons.gateway.stream.Events.actionRaised;
import static uk.org.networkcommons.gateway.stream.Events.workshopScheduled;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.stream.Published;
import uk.org.networkcommons.gateway.stream.StreamClient;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * The services' authorization matrix, for the live event stream: everyone who must not see a network subscribes to
 * {@code GET /api/events/stream} while the network's own events (network, workshop and action) are published, and
 * again resuming from before them, so both the live path and the replay path are tried. None of them receives any;
 * the network's LA officer, subscribed the same way at the same time, receives every one, which shows the events were
 * there to leak.
 */
@GatewayIntegrationTest
class StreamVisibilityMatrixTest {

    private static final Duration QUIET = Duration.ofMillis(1500);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient web;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void resetFakes() {
        FakeServices.reset();
    }

    @Test
    void nobodyButThoseWhoMaySeeANetworkReceivesItsEventsLiveOrOnResume() {
        String la = Published.freshLaCode();
        NetworkFeed network = NetworkFeed.of(la);
        OrganisationId school = OrganisationId.random();
        OrganisationId former = OrganisationId.random();
        Published.publish(network.formed(), network.joined(school.value()), network.joined(former.value()),
                network.left(former.value()));
        await().atMost(StreamClient.PATIENCE).until(() -> network.appliedVersion(mongo) != null
                && network.appliedVersion(mongo) >= network.version());

        Map<String, TestUser> strangers = new LinkedHashMap<>();
        strangers.put("officer of another LA", TestUsers.laOfficer(Published.freshLaCode(), OrganisationId.random()));
        strangers.put("staff of an unrelated school of the LA", TestUsers.member(OrganisationId.random(), la));
        strangers.put("staff of a former member", TestUsers.member(former, la));
        strangers.put("staff of an agency of another LA",
                TestUsers.member(OrganisationId.random(), Published.freshLaCode()));
        strangers.put("signed in with no role, organisation or LA", TestUsers.withoutRoles());
        TestUser owner = TestUsers.laOfficer(la, OrganisationId.random());

        Map<String, String> bearers = new LinkedHashMap<>();
        strangers.forEach((who, user) -> bearers.put(who, TestJwtIssuer.instance().token(user).bearer()));
        String ownerBearer = TestJwtIssuer.instance().token(owner).bearer();

        Map<String, String> openedAt = new LinkedHashMap<>();
        List<StreamClient> open = new ArrayList<>();
        List<Published> events;
        int cases = 0;
        try {
            Map<String, StreamClient> live = new LinkedHashMap<>();
            bearers.forEach((who, bearer) -> live.put(who, track(open, StreamClient.open(port, bearer))));
            StreamClient ownerLive = track(open, StreamClient.open(port, ownerBearer));
            live.forEach((who, stream) -> openedAt.put(who, stream.lastId()));
            String ownerOpenedAt = ownerLive.lastId();

            events = publishEventsOf(network, school);
            ownerLive.awaitEvents(events);
            cases += assertNoneReceived(live, events, network, "live");

            Map<String, StreamClient> resumed = new LinkedHashMap<>();
            bearers.forEach((who, bearer) -> resumed.put(who,
                    track(open, StreamClient.open(port, bearer, openedAt.get(who)))));
            StreamClient ownerResumed = track(open, StreamClient.open(port, ownerBearer, ownerOpenedAt));
            ownerResumed.awaitEvents(events);
            cases += assertNoneReceived(resumed, events, network, "resumed from before the events");
        } finally {
            open.forEach(StreamClient::close);
        }

        for (String lastEventId : new String[] {null, openedAt.values().iterator().next()}) {
            web.get().uri("/api/events/stream").accept(MediaType.TEXT_EVENT_STREAM)
                    .headers(headers -> {
                        if (lastEventId != null) {
                            headers.set("Last-Event-ID", lastEventId);
                        }
                    })
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + Problems.UNAUTHENTICATED);
            cases++;
        }

        System.out.printf("[stream-visibility] gateway: %d events of one network (network, workshop, action); %d "
                + "signed-in strangers (%s) live and resumed, and anonymous with and without Last-Event-ID: %d cases "
                + "checked, 0 events received by a stranger; the LA officer received all %d, live and resumed%n",
                events.size(), strangers.size(), String.join("; ", strangers.keySet()), cases, events.size());
        assertThat(cases).isEqualTo(2 * strangers.size() * events.size() + 2);
    }

    /** What each service raises about the network once it has a member and a former one: all of it on one LA. */
    private static List<Published> publishEventsOf(NetworkFeed network, OrganisationId school) {
        OutboxEntry raised = actionRaised(network, school, Set.of(), "Agree transition plan");
        return Published.publish(network.joined(OrganisationId.random().value()),
                network.appointedCoordinator("coordinator-" + network.id()),
                workshopScheduled(network, "Transition to secondary"),
                raised,
                actionProgressed(raised, 2, 40),
                actionRaised(network, school, Set.of(OrganisationId.random()), "Share attendance data"));
    }

    /** Waits a quiet spell after the owner has everything, then counts one case per stranger and event. */
    private static int assertNoneReceived(Map<String, StreamClient> streams, List<Published> events,
            NetworkFeed network, String how) {
        List<String> ids = events.stream().map(Published::eventId).toList();
        await().during(QUIET).atMost(QUIET.multipliedBy(3)).untilAsserted(() -> streams.forEach((who, stream) -> {
            assertThat(stream.eventIds()).as("%s, %s", who, how).doesNotContainAnyElementsOf(ids);
            assertThat(stream.events()).as("%s, %s: nothing of the network at all", who, how)
                    .noneMatch(event -> event.has("networkid") && network.id().equals(event.get("networkid")
                            .asString()));
            assertThat(stream.errors()).as("%s, %s: the stream stayed open", who, how).isEmpty();
        }));
        return streams.size() * ids.size();
    }

    private static StreamClient track(List<StreamClient> open, StreamClient client) {
        open.add(client);
        return client;
    }
}
