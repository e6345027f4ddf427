package uk.org.networkcommons.gateway.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.gateway.portal.shell.PortalBrowser;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * {@code /dashboard/activity} streams what happens in the LA as server-sent events named {@code activity}, each an
 * escaped list item carrying the event's id (so a reconnecting browser resumes after it), to the same people as the
 * dashboard and nobody else.
 */
@GatewayIntegrationTest
class ActivityStreamTest {

    static final String LA = "873";

    @Autowired
    ApplicationContext context;

    @Autowired
    RecordedActivityFeed feed;

    @BeforeEach
    void reset() {
        FakeServices.reset();
        feed.reset();
    }

    @Test
    void eachActivityArrivesAsAnEscapedListItemWithTheEventsId() {
        PortalBrowser officer = officerOf(LA);
        Flux<ServerSentEvent<String>> stream = follow(officer, "/dashboard/activity");

        StepVerifier.create(stream)
                .assertNext(opened -> assertThat(opened.comment()).isEqualTo("following LA 873"))
                .then(() -> {
                    await().atMost(Duration.ofSeconds(10)).until(() -> feed.followers() == 1);
                    feed.happens(new Activity("evt-7", Instant.parse("2026-11-24T10:03:00Z"),
                            "Comment on \"Joint CPD\": <img src=x onerror=alert(1)> & more"));
                })
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("activity");
                    assertThat(event.id()).isEqualTo("evt-7");
                    assertThat(event.data()).isEqualTo("<li class=\"app-activity__item\">"
                            + "<time datetime=\"2026-11-24T10:03:00Z\">24 November 2026, 10:03am</time> "
                            + "Comment on &quot;Joint CPD&quot;: &lt;img src=x onerror=alert(1)&gt; &amp; more</li>");
                })
                .thenCancel()
                .verify(Duration.ofSeconds(20));
        assertThat(feed.requests()).singleElement().satisfies(request -> {
            assertThat(request.laCode()).isEqualTo(LaCode.of(LA));
            assertThat(request.lastEventId()).isEmpty();
        });
    }

    @Test
    void aReconnectingBrowserResumesAfterTheLastEventItSaw() {
        PortalBrowser admin = PortalBrowser.signedInAs(context, TestUsers.platformAdmin());
        FluxExchangeResult<ServerSentEvent<String>> result = admin.client().get()
                .uri("/dashboard/activity?la=874").accept(MediaType.TEXT_EVENT_STREAM)
                .header("Last-Event-ID", "evt-41").exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { });

        StepVerifier.create(result.getResponseBody())
                .assertNext(opened -> assertThat(opened.comment()).isEqualTo("following LA 874"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
        assertThat(feed.requests()).singleElement().satisfies(request -> {
            assertThat(request.laCode()).isEqualTo(LaCode.of("874"));
            assertThat(request.lastEventId()).isEqualTo(Optional.of("evt-41"));
        });
    }

    @Test
    void theStreamIsNotFoundForAnyoneWhoCouldNotOpenTheDashboard() {
        officerOf(LA).client().get().uri("/dashboard/activity?la=874").accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isNotFound();
        PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of("org-hill"), LA)).client().get()
                .uri("/dashboard/activity").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isNotFound();
        PortalBrowser.signedInAs(context, TestUsers.platformAdmin()).client().get()
                .uri("/dashboard/activity").accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isNotFound();
        assertThat(feed.requests()).isEmpty();
    }

    private PortalBrowser officerOf(String laCode) {
        return PortalBrowser.signedInAs(context, TestUsers.laOfficer(laCode, OrganisationId.of("org-la-" + laCode)));
    }

    private static Flux<ServerSentEvent<String>> follow(PortalBrowser person, String path) {
        return person.client().get().uri(path).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .getResponseBody();
    }
}
