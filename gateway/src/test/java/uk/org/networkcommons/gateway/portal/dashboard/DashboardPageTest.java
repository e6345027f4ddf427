package uk.org.networkcommons.gateway.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.Received;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.gateway.portal.shell.PortalBrowser;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * {@code /dashboard} shows an LA officer their LA's figures from the three services' LA summaries, asked for as the
 * officer; the platform admin chooses the LA first; anyone else is told there is no such page. Every chart is a table
 * whose numbers are text, and the latest activity is on the page without JavaScript.
 */
@GatewayIntegrationTest
class DashboardPageTest {

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
    void anLaOfficerSeesTheirLasFiguresAskedForAsThemselves() {
        answerSummariesFor(LA);
        PortalBrowser officer = officerOf(LA);

        Document page = officer.page("/dashboard").document();

        assertThat(page.selectFirst("h1").text()).isEqualTo("LA dashboard");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Local authority 873");
        assertThat(section(page, "schools").text()).as("Moor is in no network; the youth service is not a school")
                .contains("67% of the local authority’s schools are in at least one of its networks: 2 of 3.",
                        "In a network (solid): 2 schools", "Not in a network (hatched): 1 school");
        assertThat(rows(page, "Active networks by type")).containsExactly("Cluster 2", "Federation 1");
        assertThat(rows(page, "Active networks by focus")).startsWith("School improvement 3",
                "Every Child Matters outcomes 1").hasSize(6);
        assertThat(page.text()).contains("2 active networks, and 1 dissolved.", "3 workshops held, 2 planned.",
                "12 actions.", "40% of those not cancelled are done.");
        assertThat(rows(page, "Latest workshops held"))
                .containsExactly("Spring review Anchor cluster 3 March 2026",
                        "Transition planning Beacon federation 10 February 2026");
        assertThat(rows(page, "Actions by status")).containsExactly("Proposed 0", "Agreed 3", "In progress 2",
                "Blocked 1", "Done 4", "Cancelled 2");
        assertThat(rows(page, "Actions by Every Child Matters outcome")).containsExactly("Be healthy 2", "Stay safe 5",
                "Enjoy and achieve 8", "Make a positive contribution 1", "Achieve economic well-being 0");
        assertThat(page.select("h3").eachText()).contains("Overdue: 2", "Stalled: 1");
        List<Element> overdue = page.select("h3:contains(Overdue) ~ table").first().select("tbody tr");
        assertThat(overdue.get(0).select("td").eachText()).containsExactly("Pool the supply budget",
                "Anchor cluster", "Hill Primary", "Agreed, 0%", "30 September 2026");
        assertThat(overdue.get(0).selectFirst("a").attr("href")).isEqualTo("/actions/act-late");
        assertThat(overdue.get(1).select("td").eachText()).contains("org-gone");
        assertThat(page.select("h3:contains(Stalled) ~ table").first().select("tbody td").eachText())
                .containsExactly("Share a SENCo", "Anchor cluster", "Vale Primary", "In progress, 10%",
                        "3 August 2026, 9:15am");
        assertThat(page.select("a:contains(Choose another local authority)")).isEmpty();

        for (Service service : Service.values()) {
            for (Received request : FakeServices.of(service).received()) {
                assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(officer.bearer());
            }
        }
        assertThat(paths(Service.ACTION_TRACKER)).containsExactly("/api/actions/summary?laCode=873");
        assertThat(paths(Service.CAMEO_SERVICE)).containsExactly("/api/workshops/summary?laCode=873");
        assertThat(paths(Service.NETWORK_SERVICE)).containsExactlyInAnyOrder("/api/networks/summary?laCode=873",
                "/api/organisations?laCode=873&size=200&page=0");
    }

    @Test
    void chartsAreReadableWithoutColourTheNumbersAreTextAndTheBarsOnlyRepeatThem() {
        answerSummariesFor(LA);

        Document page = officerOf(LA).page("/dashboard").document();

        assertThat(page.select("table:has(svg.app-bar)")).hasSize(4);
        for (Element chart : page.select("table:has(svg.app-bar)")) {
            for (Element row : chart.select("tbody tr")) {
                Element svg = row.selectFirst("svg.app-bar");
                assertThat(svg.attr("aria-hidden")).isEqualTo("true");
                assertThat(row.selectFirst("th[scope=row]").text()).isNotBlank();
                assertThat(row.selectFirst(".app-bar-value").text()).matches("\\d+");
            }
        }
        Element status = table(page, "Actions by status");
        assertThat(status.select("rect.app-bar__fill").eachAttr("width"))
                .as("each bar is its share of the longest (done: 4)").containsExactly("0%", "75%", "50%", "25%",
                        "100%", "50%");
        Element share = section(page, "schools");
        assertThat(share.select("svg.app-bar--share rect").eachAttr("class"))
                .containsExactly("app-bar__fill", "app-bar__rest");
        assertThat(share.select("svg.app-bar--share rect.app-bar__rest").attr("width")).isEqualTo("33%");
        assertThat(page.select("pattern#app-hatch")).hasSize(1);
        assertThat(page.select("link[rel=stylesheet][href=/dashboard.css]")).hasSize(1);
    }

    @Test
    void thePlatformAdminChoosesTheLaWithALabelledGetFormAndIsToldWhenTheCodeIsNotOne() {
        PortalBrowser admin = PortalBrowser.signedInAs(context, TestUsers.platformAdmin());

        Document choose = admin.page("/dashboard").document();
        Element form = choose.selectFirst("form[action=/dashboard]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(choose.select("label[for=la]").text()).contains("Which local authority");
        assertThat(FakeServices.of(Service.ACTION_TRACKER).received()).isEmpty();

        Document wrong = admin.page("/dashboard?la=87", 400).document();
        assertThat(wrong.title()).startsWith("Error: ");
        assertThat(wrong.select(".govuk-error-summary a").attr("href")).isEqualTo("#la");
        assertThat(wrong.getElementById("la").attr("value")).isEqualTo("87");
        assertThat(wrong.getElementById("la-error").text()).contains("three-digit code");

        answerSummariesFor("874");
        Document dashboard = admin.page("/dashboard?la=874").document();
        assertThat(dashboard.select(".govuk-caption-l").text()).isEqualTo("Local authority 874");
        assertThat(dashboard.select("a:contains(Choose another local authority)").attr("href")).isEqualTo("/dashboard");
        assertThat(paths(Service.ACTION_TRACKER)).containsExactly("/api/actions/summary?laCode=874");
    }

    @Test
    void anyoneButTheLasOfficersAndTheAdminGetsPageNotFoundAndNoServiceIsAsked() {
        answerSummariesFor(LA);
        answerSummariesFor("874");

        PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of("org-hill"), LA)).page("/dashboard", 404);
        PortalBrowser.signedInAs(context, TestUsers.withoutRoles()).page("/dashboard?la=873", 404);
        officerOf(LA).page("/dashboard?la=874", 404);
        PortalBrowser.signedInAs(context, TestUsers.laOfficer("874", OrganisationId.of("org-la")).withLaCode(null))
                .page("/dashboard", 404);

        for (Service service : Service.values()) {
            assertThat(FakeServices.of(service).received()).as(service.configName()).isEmpty();
        }
    }

    @Test
    void theLatestActivityIsOnThePageEscapedAndTheListFollowsTheLiveFeedWithJavaScript() {
        answerSummariesFor(LA);
        feed.hadHappened(new Activity("evt-2", Instant.parse("2026-11-24T10:03:00Z"),
                        "Action <script>alert('x')</script> was agreed"),
                new Activity("evt-1", Instant.parse("2026-11-23T09:00:00Z"), "Hill Primary joined Anchor cluster"));
        PortalBrowser officer = officerOf(LA);

        Document page = officer.page("/dashboard").document();

        Element list = page.getElementById("activity-list");
        assertThat(list.attr("aria-live")).isEqualTo("polite");
        assertThat(list.attr("hx-ext")).isEqualTo("sse");
        assertThat(list.attr("sse-connect")).isEqualTo("/dashboard/activity?la=873");
        assertThat(list.attr("sse-swap")).isEqualTo("activity");
        assertThat(list.attr("hx-swap")).isEqualTo("afterbegin");
        assertThat(list.select("li").eachText()).containsExactly(
                "24 November 2026, 10:03am Action <script>alert('x')</script> was agreed",
                "23 November 2026, 9:00am Hill Primary joined Anchor cluster");
        assertThat(list.select("script")).as("event text is never markup").isEmpty();
        assertThat(list.selectFirst("time").attr("datetime")).isEqualTo("2026-11-24T10:03:00Z");
        assertThat(page.select("a:contains(refresh the list)").attr("href")).isEqualTo("/dashboard?la=873#activity");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/htmx-ext-sse/sse.js");
        assertThat(feed.requests()).singleElement().satisfies(request -> {
            assertThat(request.laCode()).isEqualTo(LaCode.of(LA));
            assertThat(request.viewer().userId().value()).isEqualTo(officer.user().subject());
        });
    }

    @Test
    void theScriptsTheLiveFeedNeedsAreServedWithoutSigningIn() {
        answerSummariesFor(LA);
        Document page = officerOf(LA).page("/dashboard").document();

        WebTestClient anonymous = WebTestClient.bindToApplicationContext(context).apply(springSecurity())
                .configureClient().build();
        for (String script : page.select("script[src*=webjars]").eachAttr("src")) {
            anonymous.get().uri(script).exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("text/javascript");
        }
    }

    private PortalBrowser officerOf(String laCode) {
        return PortalBrowser.signedInAs(context, TestUsers.laOfficer(laCode, OrganisationId.of("org-la-" + laCode)));
    }

    private static void answerSummariesFor(String laCode) {
        FakeServices.of(Service.ACTION_TRACKER).answer("GET /api/actions/summary",
                Answer.json(SummaryJson.actions(laCode)));
        FakeServices.of(Service.NETWORK_SERVICE)
                .answer("GET /api/networks/summary", Answer.json(SummaryJson.networks(laCode)))
                .answer("GET /api/organisations", Answer.json(SummaryJson.organisations(laCode)));
        FakeServices.of(Service.CAMEO_SERVICE).answer("GET /api/workshops/summary",
                Answer.json(SummaryJson.workshops(laCode)));
    }

    private static List<String> paths(Service service) {
        return FakeServices.of(service).received().stream().map(Received::pathAndQuery).toList();
    }

    private static Element table(Document page, String captionStart) {
        return page.select("table").stream()
                .filter(table -> table.selectFirst("caption") != null
                        && table.selectFirst("caption").text().startsWith(captionStart))
                .findFirst().orElseThrow(() -> new AssertionError("No table " + captionStart));
    }

    private static List<String> rows(Document page, String captionStart) {
        return table(page, captionStart).select("tbody tr").eachText();
    }

    /** The content from the heading with this id to the next h2. */
    private static Element section(Document page, String headingId) {
        Element section = new Element("div");
        Element next = page.getElementById(headingId).nextElementSibling();
        while (next != null && !next.tagName().equals("h2")) {
            section.appendChild(next.clone());
            next = next.nextElementSibling();
        }
        return section;
    }
}
