package uk.org.networkcommons.gateway.portal.action;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.gateway.portal.action.UpstreamJson.ACTION;
import static uk.org.networkcommons.gateway.portal.action.UpstreamJson.HILL;
import static uk.org.networkcommons.gateway.portal.action.UpstreamJson.NETWORK;
import static uk.org.networkcommons.gateway.portal.action.UpstreamJson.YOUTH;
import static uk.org.networkcommons.gateway.portal.shell.PortalBrowser.form;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.Received;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.gateway.portal.shell.PortalBrowser;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * {@code /actions/{id}} shows what action-tracker holds, names what network-service names, and each of its forms
 * posts its own change upstream as the person (status and progress with the page's version as If-Match), redirects
 * back on success, and shows the service's objections as a GOV.UK error summary on the form the person filled in.
 */
@GatewayIntegrationTest
class ActionPageTest {

    static final String PAGE = "/actions/" + ACTION;

    @Autowired
    ApplicationContext context;

    PortalBrowser officer;

    @BeforeEach
    void signIn() {
        FakeServices.reset();
        officer = PortalBrowser.signedInAs(context, TestUsers.laOfficer(UpstreamJson.LA, OrganisationId.of("org-la")));
        FakeServices.of(Service.NETWORK_SERVICE)
                .answer("GET /api/networks/" + NETWORK,
                        Answer.json(UpstreamJson.network(NETWORK, "Anchor cluster", "ACTIVE")))
                .answer("GET /api/organisations", Answer.json(UpstreamJson.organisations()));
        actionTracker().answer("GET /api/actions/" + ACTION + "/updates", Answer.json(UpstreamJson.updates()));
    }

    @Test
    void showsTheActionItsHistoryAndAFormPerChangeWithTheVersionShown() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("PROPOSED", 3)));

        Document page = officer.page(PAGE).document();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Share a school business manager");
        Map<String, String> summary = summary(page);
        assertThat(summary).containsEntry("Status", "Proposed").containsEntry("Progress", "10%")
                .containsEntry("Due", ActionLabels.LABELS.date(UpstreamJson.DUE) + " Overdue").containsEntry("Priority", "High")
                .containsEntry("Network", "Anchor cluster").containsEntry("Owner", "Hill Primary")
                .containsEntry("Partner organisations", "Vale Primary")
                .containsEntry("Every Child Matters outcomes", "Enjoy and achieve Stay safe")
                .containsEntry("Came from", "A workshop’s proposal");
        assertThat(page.select("form input[name=version]").eachAttr("value")).containsExactly("3", "3");
        assertThat(page.select("input[name=status]").eachAttr("value"))
                .as("only the moves the workflow allows from PROPOSED")
                .containsExactly("AGREED", "BLOCKED", "CANCELLED");
        assertThat(page.select("select[name=organisationId] option").eachText())
                .as("neither the owner nor a partner already").containsExactly("Choose an organisation", "Youth service");
        for (Element form : page.select("main form")) {
            assertThat(form.attr("method")).isEqualTo("post");
            for (Element control : form.select("input:not([type=hidden]), select, textarea")) {
                assertThat(page.select("label[for=" + control.id() + "]")).as("label of " + control.id()).isNotEmpty();
            }
        }
        assertThat(page.select("main form").eachAttr("action")).containsExactly(PAGE + "/status", PAGE + "/progress",
                PAGE + "/comments", PAGE + "/parties");

        List<Element> history = page.select("#history + table tbody tr");
        assertThat(history).hasSize(3);
        assertThat(history.get(1).text()).contains("Another person", "Status changed", "Status: Proposed → Agreed",
                "Progress: 0% → 10%", "Agreed by the heads <b>today</b>");
        assertThat(history.get(1).select("b")).as("a comment is text, never markup").isEmpty();
        assertThat(history.get(1).selectFirst("a").attr("href")).isEqualTo("https://example.org/minutes");
        assertThat(history.get(0).select("a")).as("only http(s) evidence becomes a link").isEmpty();
        assertThat(history.get(2).text()).contains("Network Commons, automatically", "Raised");
        for (Received request : FakeServices.of(Service.NETWORK_SERVICE).received()) {
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(officer.bearer());
        }
    }

    @Test
    void everyFormCarriesTheSessionsCsrfTokenAndIsRefusedWithoutIt() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("PROPOSED", 3)))
                .answer("POST /api/actions/" + ACTION + "/comments", Answer.json(201, UpstreamJson.action("PROPOSED", 4)));
        Document page = officer.page(PAGE).document();

        assertThat(page.select("main form")).hasSize(4)
                .allSatisfy(form -> assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank());
        String token = page.selectFirst("form[action$=/comments] input[name=_csrf]").attr("value");
        officer.client().post().uri(PAGE + "/comments")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form("comment", "Forged"))).exchange().expectStatus().isForbidden();
        officer.client().post().uri(PAGE + "/comments")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form("_csrf", token, "comment", "From the page")))
                .exchange().expectStatus().isSeeOther();
        assertThat(posted("/comments").body()).contains("From the page");
    }

    @Test
    void anActionThePersonMayNotSeeIsThePortalsPageNotFound() {
        officer.page("/actions/not-theirs", 404);

        assertThat(actionTracker().received().getFirst().pathAndQuery()).isEqualTo("/api/actions/not-theirs");
    }

    @Test
    void changingTheStatusSendsJsonWithIfMatchThenRedirectsToThePageWhichSaysItWorked() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("PROPOSED", 3)))
                .answer("POST /api/actions/" + ACTION + "/status", Answer.json(UpstreamJson.action("AGREED", 4)));

        officer.submit(PAGE + "/status", form("version", "3", "status", "AGREED", "reason", "", "progress", "",
                        "comment", "Agreed at the heads' meeting"))
                .expectStatus().isSeeOther()
                .expectHeader().location(PAGE + "?changed=status");

        Received sent = posted("/status");
        assertThat(sent.header(HttpHeaders.IF_MATCH)).isEqualTo("\"3\"");
        assertThat(sent.header(HttpHeaders.AUTHORIZATION)).isEqualTo(officer.bearer());
        assertThat(sent.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/json");
        assertThat(JsonPath.<Map<String, Object>>read(sent.body(), "$"))
                .as("empty optional fields are left out").isEqualTo(
                        Map.of("status", "AGREED", "comment", "Agreed at the heads' meeting"));
        Document after = officer.page(PAGE + "?changed=status").document();
        assertThat(after.select(".govuk-notification-banner--success").text()).contains("The status was changed.");
    }

    @Test
    void recordingProgressSendsItAsANumberWithIfMatch() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("IN_PROGRESS", 7)))
                .answer("POST /api/actions/" + ACTION + "/progress", Answer.json(UpstreamJson.action("IN_PROGRESS", 8)));

        officer.submit(PAGE + "/progress", form("version", "7", "progress", "40", "comment", "Interviews held"))
                .expectStatus().isSeeOther().expectHeader().location(PAGE + "?changed=progress");

        Received sent = posted("/progress");
        assertThat(sent.header(HttpHeaders.IF_MATCH)).isEqualTo("\"7\"");
        assertThat(JsonPath.<Integer>read(sent.body(), "$.progress")).isEqualTo(40);
        assertThat(JsonPath.<String>read(sent.body(), "$.comment")).isEqualTo("Interviews held");
    }

    @Test
    void aCommentAndANewPartnerGoWithoutIfMatchBecauseTheyOverwriteNothing() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("AGREED", 3)))
                .answer("POST /api/actions/" + ACTION + "/comments", Answer.json(201, UpstreamJson.action("AGREED", 4)))
                .answer("POST /api/actions/" + ACTION + "/parties", Answer.json(UpstreamJson.action("AGREED", 5)));

        officer.submit(PAGE + "/comments", form("comment", "Minutes attached", "evidenceLink",
                "https://example.org/minutes")).expectStatus().isSeeOther()
                .expectHeader().location(PAGE + "?changed=comments");
        officer.submit(PAGE + "/parties", form("organisationId", YOUTH)).expectStatus().isSeeOther()
                .expectHeader().location(PAGE + "?changed=parties");

        Received comment = posted("/comments");
        assertThat(comment.header(HttpHeaders.IF_MATCH)).isNull();
        assertThat(JsonPath.<Map<String, Object>>read(comment.body(), "$")).isEqualTo(
                Map.of("comment", "Minutes attached", "evidenceLink", "https://example.org/minutes"));
        Received party = posted("/parties");
        assertThat(party.header(HttpHeaders.IF_MATCH)).isNull();
        assertThat(JsonPath.<Map<String, Object>>read(party.body(), "$"))
                .isEqualTo(Map.of("organisationId", YOUTH));
    }

    @Test
    void aFieldTheServiceRejectsIsInTheErrorSummaryLinkedToItsFieldAndTheFormKeepsWhatWasTyped() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("AGREED", 3)))
                .answer("POST /api/actions/" + ACTION + "/status", Answer.json(400, UpstreamJson.problem(400,
                        "validation-failed", "Invalid request", "say why the action is blocked",
                        "[{\"field\": \"reason\", \"message\": \"say why the action is blocked\"}]")));

        Document page = officer.submitExpecting(PAGE + "/status", form("version", "3", "status", "BLOCKED",
                "reason", "", "progress", "", "comment", "Waiting for the governors"), 400).document();

        assertThat(page.title()).startsWith("Error: ");
        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#status-reason");
        assertThat(summary.select("a").text()).isEqualTo("Say why the action is blocked");
        Element reason = page.getElementById("status-reason");
        assertThat(reason.parent().hasClass("govuk-form-group--error")).isTrue();
        assertThat(reason.attr("aria-describedby")).contains("status-reason-error");
        assertThat(page.getElementById("status-reason-error").text()).contains("Say why the action is blocked");
        assertThat(page.getElementById("status-comment").text()).isEqualTo("Waiting for the governors");
        assertThat(page.select("input[name=status][checked]").attr("value")).isEqualTo("BLOCKED");
        assertThat(page.select("form[action$=/status] input[name=version]").attr("value")).isEqualTo("3");
    }

    @Test
    void progressThatIsNotAWholeNumberIsRefusedByThePortalWithoutAskingTheService() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("AGREED", 3)));

        Document page = officer.submitExpecting(PAGE + "/progress", form("version", "3", "progress", "lots"), 400).document();

        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#progress");
        assertThat(page.select(".govuk-error-summary a").text())
                .isEqualTo("Progress must be a whole number from 0 to 100");
        assertThat(page.getElementById("progress").attr("value")).isEqualTo("lots");
        assertThat(actionTracker().received()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void aStatusThePageDoesNotOfferIsRefusedByThePortalWithoutAskingTheService() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("AGREED", 3)));

        for (String status : new String[] {"FINISHED", "\u0000", "agreed", " "}) {
            Document page = officer.submitExpecting(PAGE + "/status", form("version", "3", "status", status), 400)
                    .document();

            assertThat(page.select(".govuk-error-summary a").text()).as(status)
                    .isEqualTo("Select the action's new status");
        }
        assertThat(actionTracker().received()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void whenSomeoneElseChangedTheActionThePageSaysSoAndShowsItAsItIsNow() {
        // the person's page showed version 3; meanwhile someone agreed the action (version 4)
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("AGREED", 4)))
                .answer("POST /api/actions/" + ACTION + "/status", Answer.json(409, UpstreamJson.problem(409,
                        "concurrent-update", "Changed by someone else",
                        "act-1 was changed by someone else (you had version 3, it is now 4); reload it and try again",
                        null)));

        Document page = officer.submitExpecting(PAGE + "/status", form("version", "3", "status", "AGREED",
                "comment", "Agreed by the heads"), 409).document();

        assertThat(posted("/status").header(HttpHeaders.IF_MATCH)).isEqualTo("\"3\"");
        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.text()).contains("Someone else changed this action");
        assertThat(summary.selectFirst("a").attr("href")).isEqualTo("#current-state");
        assertThat(page.getElementById("current-state")).isNotNull();
        assertThat(summary(page)).containsEntry("Status", "Agreed");
        assertThat(page.select("form input[name=version]").eachAttr("value")).containsExactly("4", "4");
        assertThat(page.getElementById("status-comment").text()).isEqualTo("Agreed by the heads");
    }

    @Test
    void aMoveTheWorkflowRefusesIsShownOnTheStatusField() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("PROPOSED", 3)))
                .answer("POST /api/actions/" + ACTION + "/status", Answer.json(409, UpstreamJson.problem(409,
                        "conflict", "Conflict", "An action cannot move from PROPOSED to DONE; from PROPOSED it can "
                                + "move to AGREED, BLOCKED, CANCELLED", null)));

        Document page = officer.submitExpecting(PAGE + "/status", form("version", "3", "status", "DONE"), 409).document();

        Element link = page.selectFirst(".govuk-error-summary a");
        assertThat(link.attr("href")).isEqualTo("#status");
        assertThat(link.text()).startsWith("An action cannot move from PROPOSED to DONE");
        assertThat(page.getElementById("status")).isNotNull();
    }

    @Test
    void aChangeThePersonMayNotMakeIsExplainedOnThePage() {
        actionTracker().answer("GET /api/actions/" + ACTION, Answer.json(UpstreamJson.action("AGREED", 3)))
                .answer("POST /api/actions/" + ACTION + "/parties", Answer.json(403, UpstreamJson.problem(403,
                        "forbidden", "Forbidden", "Only the network's co-ordinators or LA officers can do this", null)));

        Document page = officer.submitExpecting(PAGE + "/parties", form("organisationId", YOUTH), 403).document();

        assertThat(page.select(".govuk-error-summary a").text())
                .isEqualTo("Only the network's co-ordinators or LA officers can do this");
        assertThat(page.select("select[name=organisationId] option[selected]").attr("value")).isEqualTo(YOUTH);
    }

    private static FakeServices.FakeService actionTracker() {
        return FakeServices.of(Service.ACTION_TRACKER);
    }

    private static Received posted(String suffix) {
        List<Received> posts = actionTracker().received().stream()
                .filter(request -> request.method().equals("POST")
                        && request.pathAndQuery().equals("/api/actions/" + ACTION + suffix))
                .toList();
        assertThat(posts).hasSize(1);
        return posts.getFirst();
    }

    private static Map<String, String> summary(Document page) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        for (Element row : page.select("#current-state .govuk-summary-list__row")) {
            rows.put(row.selectFirst("dt").text(), row.selectFirst("dd").text());
        }
        return rows;
    }
}
