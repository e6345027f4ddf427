package uk.org.networkcommons.gateway.portal.library;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.Upstream;
import uk.org.networkcommons.gateway.portal.shell.Page;
import uk.org.networkcommons.gateway.portal.shell.PortalBrowser;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.gateway.portal.Upstream.cameoService;
import static uk.org.networkcommons.gateway.portal.Upstream.json;

@GatewayIntegrationTest
class LibraryPagesTest {

    @Autowired
    ApplicationContext context;

    PortalBrowser browser;

    @BeforeEach
    void signIn() {
        FakeServices.reset();
        browser = PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(Upstream.SCHOOL), Upstream.LA));
    }

    @Test
    void theLibraryListsChallengesScenariosAndCameosAsTheServiceGivesThemToThePerson() {
        cameoService().answer("GET /api/library/challenges", json(Upstream.challenges()))
                .answer("GET /api/library/scenarios", json(Upstream.scenarios()))
                .answer("GET /api/library/cameos", json(Upstream.cameos()));

        Page page = browser.page("/library").isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Library");
        assertThat(page.select("a[href=/library/challenges/challenge-focus]").text()).isEqualTo("Focus");
        assertThat(page.select("a[href=/library/scenarios/scenario-alliance]").text()).isEqualTo("Alliance");
        assertThat(page.select("a[href=/library/cameos/cameo-capacity-2]").text()).isEqualTo("Capacity 2: Lundshire");
        assertThat(page.select("label[for=q]").text()).isEqualTo("Search the library");
        assertThat(page.select("form[role=search]").attr("method")).isEqualTo("get");
        assertThat(Upstream.onlyRequest(cameoService(), "GET", "/api/library/cameos").pathAndQuery())
                .contains("page=0").contains("size=50");
        Upstream.everyRequestCarried(browser.bearer());
    }

    @Test
    void aSearchAsksTheServiceForTheWordsAndLinksEachResultToItsPage() {
        cameoService().answer("GET /api/library/search", json("""
                [{"id":"scenario-alliance","type":"SCENARIO","title":"Alliance","summary":"Schools agree to work together.",\
                "origin":"SHIPPED","status":null,"retired":false,"href":"/api/library/scenarios/scenario-alliance"},\
                {"id":"cameo-capacity-1","type":"CAMEO","title":"Capacity 1","summary":"A few heads looking ahead.",\
                "origin":"SHIPPED","status":null,"retired":false,"href":"/api/library/cameos/cameo-capacity-1"},\
                {"id":"federation-form-hard","type":"CONTINUUM_FORM","title":"Hard federation","summary":"One body.",\
                "origin":"SHIPPED","status":null,"retired":false,"href":"/api/library/continuum"}]"""));

        Page page = browser.page(uri -> uri.path("/library").queryParam("q", "{q}").build("shared governance & trust")).isAccessiblyStructured();

        assertThat(Upstream.onlyRequest(cameoService(), "GET", "/api/library/search").pathAndQuery())
                .contains("q=shared%20governance%20%26%20trust").contains("page=0");
        assertThat(page.select("h2#results-heading").text()).isEqualTo("Results 1 to 3 for shared governance & trust");
        assertThat(page.valueOf("q")).isEqualTo("shared governance & trust");
        assertThat(page.select("a[href=/library/scenarios/scenario-alliance]")).hasSize(1);
        assertThat(page.select("a[href=/library/cameos/cameo-capacity-1]")).hasSize(1);
        assertThat(page.mainText()).contains("Hard federation");
        Upstream.everyRequestCarried(browser.bearer());
    }

    @Test
    void searchTextLongerThanTheServiceTakesIsAnErrorOnTheSearchFieldWithoutAskingTheService() {
        Page page = browser.page("/library?q=" + "a".repeat(201)).isAccessiblyStructured();

        assertThat(page.errorSummary()).containsExactly("Search text must be 200 characters or fewer");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#q");
        assertThat(page.select("#q-error").text()).contains("200 characters or fewer");
        assertThat(page.select("#q").attr("aria-describedby")).isEqualTo("q-hint q-error");
        assertThat(cameoService().received()).isEmpty();
    }

    @Test
    void aSearchTheServiceRejectsShowsItsReasonOnTheSearchField() {
        cameoService().answer("GET /api/library/search",
                Upstream.validationProblem("q", "size must be between 0 and 200"));

        Page page = browser.page("/library?q=governance").isAccessiblyStructured();

        assertThat(page.errorSummary()).containsExactly("Search text must be 200 characters or fewer");
        assertThat(page.title()).startsWith("Error: ");
    }

    @Test
    void aChallengeShowsItsMainQuestionFollowUpQuestionsAndTheLaStoriesAboutThem() {
        cameoService().answer("GET /api/library/challenges/challenge-focus",
                json(Upstream.challenge("challenge-focus", "FOCUS", "Focus")));

        Page page = browser.page("/library/challenges/challenge-focus").isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Focus");
        assertThat(page.mainText()).contains("What is the central strategic challenge you have identified?")
                .contains("Is the main job of your networks school improvement?")
                .contains("Are you concentrating on particular tasks?");
        assertThat(page.select("a[href=/library/cameos/la-story-challenge-focus]").text())
                .isEqualTo("How one authority chose its focus");
        assertThat(page.select("a[href=/library/sources#source-spreading-innovation]")).hasSize(1);
    }

    @Test
    void aCameoShowsItsSummaryQuestionsOutcomesAndSource() {
        cameoService().answer("GET /api/library/cameos/cameo-capacity-1",
                json(Upstream.cameo("cameo-capacity-1", "CASE_STUDY", "Capacity 1: a few heads looking ahead")));

        Page page = browser.page("/library/cameos/cameo-capacity-1").isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Capacity 1: a few heads looking ahead");
        assertThat(page.mainText()).contains("Case study").contains("Capacity")
                .contains("Only a handful of headteachers").contains("Should that awareness be spread more widely?")
                .contains("Enjoy and achieve").contains("leadership, capacity-building");
        assertThat(page.select("a[href=/library/sources#source-network-leadership-materials]")).hasSize(1);
    }

    @Test
    void aScenarioShowsItsModelAndKeyQuestions() {
        cameoService().answer("GET /api/library/scenarios/scenario-alliance",
                json(Upstream.scenario("scenario-alliance", "ALLIANCE", "Alliance")));

        Page page = browser.page("/library/scenarios/scenario-alliance").isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Alliance");
        assertThat(page.mainText()).contains("Who decides when partners disagree?")
                .contains("thought experiments for discussion");
    }

    @Test
    void theSourcesPageAcknowledgesEachPublicationWithItsDetails() {
        cameoService().answer("GET /api/library/sources", json(Upstream.sources()));

        Page page = browser.page("/library/sources").isAccessiblyStructured();

        assertThat(page.select("h2#source-spreading-innovation").text())
                .isEqualTo("Spreading Innovation Across Local Authorities");
        assertThat(page.mainText()).contains("DfES Innovation Unit, National College for School Leadership (NCSL)")
                .contains("1-84478-585-8").contains("2005").contains("Department for Education and Skills")
                .contains("The publication has no title of its own");
        assertThat(page.select("h2#source-network-leadership-materials")).hasSize(1);
    }

    @Test
    void anItemTheServiceDoesNotHaveIsThePortalsPageNotFound() {
        cameoService().answer("GET /api/library/cameos/authored-gone",
                Upstream.problem(404, "Not Found", "No cameo authored-gone."));

        Page page = browser.page("/library/cameos/authored-gone", HttpStatus.NOT_FOUND).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Page not found");
    }
}
