package uk.org.networkcommons.gateway.portal.action;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.gateway.portal.action.UpstreamJson.HILL;
import static uk.org.networkcommons.gateway.portal.action.UpstreamJson.NETWORK;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.Received;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.gateway.portal.shell.PortalBrowser;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * {@code /actions} lists what action-tracker lists for the person, filtered by a labelled GET form whose choices are
 * sent upstream unchanged, pages with action-tracker's cursor both ways, and exports the same selection as CSV.
 */
@GatewayIntegrationTest
class ActionListPageTest {

    @Autowired
    ApplicationContext context;

    PortalBrowser member;

    @BeforeEach
    void signIn() {
        FakeServices.reset();
        member = PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(HILL), UpstreamJson.LA));
        FakeServices.of(Service.NETWORK_SERVICE)
                .answer("GET /api/networks", Answer.json(UpstreamJson.networks()))
                .answer("GET /api/organisations/" + HILL,
                        Answer.json(UpstreamJson.organisation(HILL, "Hill Primary", "SCHOOL")));
    }

    @Test
    void theFiltersGoUpstreamAsThePersonAndTheTableNamesNetworksAndOwners() {
        String late = LocalDate.now().minusDays(3).toString();
        actionTracker().answer("GET /api/actions", Answer.json(UpstreamJson.page("Y3Vyc29yLTI",
                UpstreamJson.row("act-1", "Share a bursar", "AGREED", late, HILL),
                UpstreamJson.row("act-2", "Joint CPD <day>", "DONE", null, "org-gone"))));

        Document page = member.page("/actions?mine=true&status=AGREED&network=" + NETWORK
                + "&outcome=STAY_SAFE&overdue=true").document();

        Received list = only(actionTracker().received(), "/api/actions?");
        assertThat(list.pathAndQuery()).isEqualTo("/api/actions?mine=true&network=" + NETWORK
                + "&status=AGREED&outcome=STAY_SAFE&overdue=true&size=25");
        assertThat(list.header(HttpHeaders.AUTHORIZATION)).isEqualTo(member.bearer());
        List<Element> rows = page.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(cells(rows.get(0))).containsExactly("Share a bursar", "Anchor cluster", "Hill Primary", "Agreed",
                "40%", ActionLabels.LABELS.date(LocalDate.parse(late)) + " Overdue");
        assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("/actions/act-1");
        assertThat(cells(rows.get(1))).as("an owner the register does not know is shown by id; text stays text")
                .containsExactly("Joint CPD <day>", "Anchor cluster", "org-gone", "Done", "40%", "No due date");
    }

    @Test
    void theFilterFormIsAGetFormWithALabelForEveryControlAndKeepsTheChoices() {
        actionTracker().answer("GET /api/actions", Answer.json(UpstreamJson.page(null)));

        Document page = member.page("/actions?organisation=true&status=BLOCKED&outcome=BE_HEALTHY").document();

        Element form = page.selectFirst("form[action=/actions]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/actions");
        for (Element control : form.select("input, select")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as("label of " + control.id()).isNotEmpty();
        }
        assertThat(form.select("input[name=mine]").hasAttr("checked")).isFalse();
        assertThat(form.select("input[name=organisation]").hasAttr("checked")).isTrue();
        assertThat(form.select("select[name=status] option[selected]").text()).isEqualTo("Blocked");
        assertThat(form.select("select[name=outcome] option[selected]").text()).isEqualTo("Be healthy");
        assertThat(form.select("select[name=network] option").eachText())
                .containsExactly("Any network", "Anchor cluster", "Old cluster (dissolved)");
        assertThat(page.text()).contains("No actions match these filters.");
        assertThat(page.select("a:contains(Clear filters)").attr("href")).isEqualTo("/actions");
    }

    @Test
    void nextAndPreviousFollowTheCursorsSoEveryPageCanBeReachedAgain() {
        actionTracker().answer("GET /api/actions", Answer.json(UpstreamJson.page("QzM",
                UpstreamJson.row("act-9", "Visit the special school", "PROPOSED", null, HILL))));

        Document first = member.page("/actions?overdue=true").document();
        String second = first.selectFirst("a[rel=next]").attr("href");
        assertThat(second).isEqualTo("/actions?overdue=true&cursor=QzM&prev=start");
        assertThat(first.select("a[rel=prev]")).isEmpty();

        Document third = member.page("/actions?overdue=true&cursor=QzM&prev=start,QzI").document();
        assertThat(actionTracker().received().getLast().pathAndQuery())
                .isEqualTo("/api/actions?overdue=true&size=25&cursor=QzM");
        assertThat(third.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/actions?overdue=true&cursor=QzI&prev=start");
        assertThat(third.selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/actions?overdue=true&cursor=QzM&prev=start,QzI,QzM");
        assertThat(third.select("h2 .govuk-caption-m").text()).isEqualTo("Page 3");

        Document backToFirst = member.page("/actions?overdue=true&cursor=QzI&prev=start").document();
        assertThat(backToFirst.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/actions?overdue=true");
    }

    @Test
    void theCsvLinkDownloadsTheSameSelectionStreamedFromActionTrackerAsThePerson() {
        actionTracker().answer("GET /api/actions", Answer.json(UpstreamJson.page(null)));
        String csv = "\"action_id\",\"title\"\r\n\"act-1\",\"'=SUM(A1)\"\r\n";
        actionTracker().answer("GET /api/actions/export.csv", new Answer(200, "text/csv;charset=UTF-8", csv, 0));

        Document page = member.page("/actions?status=AGREED&overdue=true").document();
        String href = page.selectFirst("a[download]").attr("href");
        assertThat(href).isEqualTo("/actions/export.csv?status=AGREED&overdue=true");

        byte[] body = member.client().get().uri(href).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"actions.csv\"")
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(csv);
        Received export = only(actionTracker().received(), "/api/actions/export.csv");
        assertThat(export.pathAndQuery()).isEqualTo("/api/actions/export.csv?status=AGREED&overdue=true");
        assertThat(export.header(HttpHeaders.AUTHORIZATION)).isEqualTo(member.bearer());
    }

    private static FakeServices.FakeService actionTracker() {
        return FakeServices.of(Service.ACTION_TRACKER);
    }

    private static Received only(List<Received> received, String prefix) {
        List<Received> matching = received.stream().filter(request -> request.pathAndQuery().startsWith(prefix))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }
}
