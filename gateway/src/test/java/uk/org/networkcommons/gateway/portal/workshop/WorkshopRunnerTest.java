package uk.org.networkcommons.gateway.portal.workshop;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.Upstream;
import uk.org.networkcommons.gateway.portal.shell.Page;
import uk.org.networkcommons.gateway.portal.shell.PortalBrowser;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.Received;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.gateway.portal.Upstream.AGENCY;
import static uk.org.networkcommons.gateway.portal.Upstream.NETWORK;
import static uk.org.networkcommons.gateway.portal.Upstream.SCHOOL;
import static uk.org.networkcommons.gateway.portal.Upstream.WORKSHOP;
import static uk.org.networkcommons.gateway.portal.Upstream.cameoService;
import static uk.org.networkcommons.gateway.portal.Upstream.json;
import static uk.org.networkcommons.gateway.portal.Upstream.networkService;
import static uk.org.networkcommons.gateway.portal.shell.PortalBrowser.form;

@GatewayIntegrationTest
class WorkshopRunnerTest {

    static final String PAGE = "/workshops/" + WORKSHOP;
    static final String API = "/api/workshops/" + WORKSHOP;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    PortalBrowser coordinator;
    PortalBrowser member;

    @BeforeEach
    void signIn() {
        FakeServices.reset();
        coordinator = PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(SCHOOL), Upstream.LA)
                .withSubject(Upstream.COORDINATOR_SUBJECT));
        member = PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(SCHOOL), Upstream.LA));
        networkService().answer("GET /api/networks/" + NETWORK, json(Upstream.network(NETWORK, "North Cluster")))
                .answer("GET /api/networks/" + NETWORK + "/members", json(Upstream.members()))
                .answer("GET /api/networks/" + NETWORK + "/leaders", json(Upstream.leaders(Upstream.COORDINATOR_SUBJECT)))
                .answer("GET /api/organisations/" + AGENCY, json(Upstream.agency()));
        cameoService().answer("GET " + API, json(Upstream.workshop("SCHEDULED")))
                .answer("GET /api/library/challenges", json(Upstream.challenges()))
                .answer("GET /api/library/cameos", json(Upstream.cameos()))
                .answer("GET /api/library/scenarios", json(Upstream.scenarios()))
                .answer("GET /api/library/self-assessment-template", json(Upstream.assessmentTemplate()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(Received request) {
        return JSON.readValue(request.body(), Map.class);
    }

    // --- the overview

    @Test
    void theOverviewShowsThePlanMaterialSelfAssessmentAndProposalsByName() {
        Page page = coordinator.page(PAGE).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Autumn review");
        assertThat(page.mainText()).contains("3 December 2026").contains("Scheduled").contains("Cluster facilitator")
                .contains("Oakfield Primary School").contains("Family Support Service")
                .contains("Is the main job of your networks school improvement?");
        assertThat(page.select("a[href=/library/challenges/challenge-focus]").text()).isEqualTo("Focus");
        assertThat(page.select("a[href=/library/cameos/cameo-capacity-1]").text())
                .isEqualTo("Capacity 1: a few heads looking ahead");
        assertThat(page.select("#dimension-leadership").text()).contains("Leadership").contains("2: Emerging")
                .contains("Heads meet once a term").contains("Minutes of the heads' meetings").contains("4: Embedded")
                .contains("2 steps").contains("Revisit in the spring");
        assertThat(page.select("#dimension-leadership a").attr("href"))
                .isEqualTo(PAGE + "/dimensions/leadership/change");
        assertThat(page.select("table:has(caption:contains(proposes)) tbody tr").first().text())
                .contains("Set up a heads' forum").contains("Family Support Service").contains("1 March 2027")
                .contains("Leadership");
        assertThat(page.select("form[action=" + PAGE + "/completion] input[name=version]").attr("value")).isEqualTo("5");
        Upstream.everyRequestCarried(coordinator.bearer());
    }

    @Test
    void onlyThoseWhoRunTheNetworkAreOfferedToCompleteIt() {
        Page page = member.page(PAGE);

        assertThat(page.select("form[action=" + PAGE + "/completion]")).isEmpty();
        assertThat(page.mainText()).contains("The network's co-ordinator or its local authority completes the workshop.");
        assertThat(page.select("a[href=" + PAGE + "/dimensions/new]")).as("participants record").hasSize(1);
    }

    @Test
    void aCompletedWorkshopOffersNoChanges() {
        cameoService().answer("GET " + API, json(Upstream.workshop("COMPLETED")));

        Page page = coordinator.page(PAGE).isAccessiblyStructured();

        assertThat(page.mainText()).contains("Completed on 3 December 2026").contains("This workshop's record is complete.");
        assertThat(page.select("main form")).isEmpty();
        assertThat(page.select("a[href*=/dimensions/], a[href$=/material], a[href$=/actions/new]")).isEmpty();
    }

    @Test
    void aWorkshopThePersonMayNotSeeIsPageNotFound() {
        cameoService().answer("GET " + API, Upstream.problem(404, "Not Found", "No such workshop."));

        assertThat(member.page(PAGE, HttpStatus.NOT_FOUND).h1()).isEqualTo("Page not found");
    }

    // --- starting a workshop

    @Test
    void startingAWorkshopOffersTheMembersAsParticipantsAndPostsThePlan() {
        Page form = coordinator.page("/networks/" + NETWORK + "/workshops/new").isAccessiblyStructured();
        assertThat(form.select("input[name=participants]").eachAttr("value")).containsExactly(SCHOOL, Upstream.OTHER_SCHOOL);
        assertThat(form.select("label[for=workshop-participants]").text()).isEqualTo("Oakfield Primary School");
        cameoService().answer("POST /api/networks/" + NETWORK + "/workshops",
                Answer.json(201, Upstream.workshop("SCHEDULED")));

        coordinator.submit("/networks/" + NETWORK + "/workshops", form("title", " Spring review ", "dateDay", "4",
                        "dateMonth", "3", "dateYear", "2027", "facilitator", "", "participants", SCHOOL))
                .expectStatus().isSeeOther().expectHeader().location(PAGE);

        Received posted = Upstream.onlyRequest(cameoService(), "POST", "/api/networks/" + NETWORK + "/workshops");
        assertThat(posted.header("Authorization")).isEqualTo(coordinator.bearer());
        assertThat(posted.header("Content-Type")).startsWith("application/json");
        assertThat(body(posted)).containsEntry("title", "Spring review").containsEntry("date", "2027-03-04")
                .containsEntry("facilitator", null).containsEntry("challengeIds", List.of())
                .containsEntry("participantOrganisationIds", List.of(SCHOOL));
    }

    @Test
    void aWorkshopWithoutTitleOrWithAnImpossibleDateIsRefusedHereKeepingWhatWasTyped() {
        Page page = Page.of(coordinator.submit("/networks/" + NETWORK + "/workshops",
                        form("title", "", "dateDay", "31", "dateMonth", "2", "dateYear", "2027",
                                "facilitator", "Cluster facilitator", "participants", Upstream.OTHER_SCHOOL))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .isAccessiblyStructured();

        assertThat(page.errorSummary()).containsExactly("Enter a title for the workshop",
                "Date of the workshop must be a real date, for example 27 3 2027");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#workshop-title", "#workshop-date-day");
        assertThat(page.valueOf("workshop-date-day")).isEqualTo("31");
        assertThat(page.valueOf("workshop-facilitator")).isEqualTo("Cluster facilitator");
        assertThat(page.isChecked("workshop-participants-2")).isTrue();
        assertThat(page.isChecked("workshop-participants")).isFalse();
        assertThat(cameoService().received()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void aPlanTheServiceRejectsShowsItsFieldErrorsOnTheForm() {
        cameoService().answer("POST /api/networks/" + NETWORK + "/workshops",
                Upstream.validationProblem("title", "size must be between 0 and 200"));

        Page page = Page.of(coordinator.submit("/networks/" + NETWORK + "/workshops",
                        form("title", "x".repeat(201), "dateDay", "4", "dateMonth", "3", "dateYear", "2027"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .isAccessiblyStructured();

        assertThat(page.errorSummary()).containsExactly("Title must be 200 characters or fewer");
        assertThat(page.select("#workshop-title-error").text()).contains("Title must be 200 characters or fewer");
        assertThat(page.valueOf("workshop-title")).hasSize(201);
    }

    // --- material

    @Test
    void theMaterialFormTicksWhatThePlanHoldsAndReplacesTheWholePlanWithTheNewChoice() {
        Page form = coordinator.page(PAGE + "/material").isAccessiblyStructured();
        assertThat(form.select("input[name=challenges][checked]").eachAttr("value")).containsExactly("challenge-focus");
        assertThat(form.select("input[name=questions][checked]").eachAttr("value")).containsExactly("challenge-focus-q1");
        assertThat(form.select("input[name=cameos]").eachAttr("value"))
                .containsExactly("cameo-capacity-1", "cameo-capacity-2");
        assertThat(form.select("input[name=scenarios]").eachAttr("value"))
                .containsExactly("scenario-alliance", "scenario-self-organising");
        cameoService().answer("PUT " + API, json(Upstream.workshop("SCHEDULED")));

        coordinator.submit(PAGE + "/material", form("version", "5", "challenges", "challenge-ownership",
                        "questions", "challenge-ownership-q2", "cameos", "cameo-capacity-1", "cameos", "cameo-capacity-2",
                        "scenarios", "scenario-alliance"))
                .expectStatus().isSeeOther().expectHeader().location(PAGE);

        Received put = Upstream.onlyRequest(cameoService(), "PUT", API);
        assertThat(put.header("If-Match")).isEqualTo("\"5\"");
        assertThat(body(put)).containsEntry("title", "Autumn review").containsEntry("date", "2026-12-03")
                .containsEntry("facilitator", "Cluster facilitator")
                .containsEntry("challengeIds", List.of("challenge-ownership"))
                .containsEntry("questionIds", List.of("challenge-ownership-q2"))
                .containsEntry("cameoIds", List.of("cameo-capacity-1", "cameo-capacity-2"))
                .containsEntry("scenarioIds", List.of("scenario-alliance"))
                .containsEntry("participantOrganisationIds", List.of(SCHOOL, AGENCY));
    }

    @Test
    void materialTheServiceRejectsIsShownOnItsCheckboxesWithTheChoiceKept() {
        cameoService().answer("PUT " + API,
                Upstream.validationProblem("cameoIds[1]", "the library has no cameo with id cameo-gone"));

        Page page = Page.of(coordinator.submit(PAGE + "/material", form("version", "5",
                        "cameos", "cameo-capacity-2", "cameos", "cameo-gone"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .isAccessiblyStructured();

        assertThat(page.errorSummary()).containsExactly("The library has no cameo with id cameo-gone");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#cameos");
        assertThat(page.isChecked("cameos-2")).isTrue();
        assertThat(page.isChecked("challenges")).isFalse();
    }

    @Test
    void someoneElseChangingTheWorkshopFirstIsExplainedOnTheForm() {
        cameoService().answer("PUT " + API, Upstream.problem(409, "Conflict",
                "The workshop was changed by someone else (now version 6); reload it and try again."));

        Page page = Page.of(coordinator.submit(PAGE + "/material", form("version", "4", "challenges", "challenge-focus"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(page.errorSummary()).containsExactly(
                "The workshop was changed by someone else (now version 6); reload it and try again.");
        assertThat(Upstream.onlyRequest(cameoService(), "PUT", API).header("If-Match")).isEqualTo("\"4\"");
    }

    // --- the self-assessment

    @Test
    void aNewDimensionIsRecordedUnderTheKeyItsNameGivesWithRatingsAndFilledEvidenceLines() {
        Page form = member.page(PAGE + "/dimensions/new").isAccessiblyStructured();
        assertThat(form.select("input[name=nowRating]").eachAttr("value")).containsExactly("1", "2", "3", "4", "");
        assertThat(form.select("label[for=now-rating-2]").text()).isEqualTo("2: Emerging");
        assertThat(form.select("input[name=nowEvidence]")).hasSize(7);
        assertThat(form.select("input[name=targetEvidence]")).hasSize(7);
        cameoService().answer("PUT " + API + "/dimensions/curriculum-across-the-cluster",
                json(Upstream.workshop("SCHEDULED")));

        member.submit(PAGE + "/dimensions", form("version", "5", "key", "", "name", "Curriculum across the cluster",
                        "nowRating", "1", "nowNarrative", "Each school plans alone",
                        "nowEvidence", "", "nowEvidence", "Separate schemes of work", "nowEvidence", "",
                        "nowEvidence", "No shared INSET", "targetRating", "3", "targetNarrative", "",
                        "targetEvidence", "", "notes", "Agreed by all heads"))
                .expectStatus().isSeeOther()
                .expectHeader().location(PAGE + "#dimension-curriculum-across-the-cluster");

        Received put = Upstream.onlyRequest(cameoService(), "PUT", API + "/dimensions/curriculum-across-the-cluster");
        assertThat(put.header("If-Match")).isEqualTo("\"5\"");
        assertThat(put.header("Authorization")).isEqualTo(member.bearer());
        assertThat(body(put)).containsEntry("name", "Curriculum across the cluster")
                .containsEntry("notes", "Agreed by all heads")
                .containsEntry("now", Map.of("rating", 1, "narrative", "Each school plans alone",
                        "evidence", List.of("Separate schemes of work", "No shared INSET")));
        assertThat((Map<String, Object>) body(put).get("target")).containsEntry("rating", 3).containsEntry("narrative", null)
                .containsEntry("evidence", List.of());
    }

    @Test
    void aRejectedEvidenceLineIsLinkedToTheBoxThePersonTypedItIn() {
        cameoService().answer("PUT " + API + "/dimensions/capacity",
                Upstream.validationProblem("now.evidence[1]", "size must be between 0 and 500",
                        "target.rating", "must be less than or equal to 4"));

        Page page = Page.of(member.submit(PAGE + "/dimensions", form("version", "5", "name", "Capacity",
                        "nowRating", "2", "nowEvidence", "First", "nowEvidence", "", "nowEvidence", "Far too long",
                        "targetRating", "9"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .isAccessiblyStructured();

        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#now-evidence-3", "#target-rating");
        assertThat(page.errorSummary()).containsExactly("Evidence for where we are now must be 500 characters or fewer",
                "Rating for where we want to be must be less than or equal to 4");
        assertThat(page.valueOf("now-evidence-3")).isEqualTo("Far too long");
        assertThat(page.valueOf("dimension-name")).isEqualTo("Capacity");
        assertThat(page.isChecked("now-rating-2")).isTrue();
    }

    @Test
    void aNewDimensionThatWouldReplaceARecordedOneIsRefusedHere() {
        Page page = Page.of(member.submit(PAGE + "/dimensions", form("version", "5", "name", "LEADERSHIP!"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(page.errorSummary()).containsExactly("This workshop already records \"Leadership\": change it instead");
        assertThat(cameoService().received()).noneMatch(request -> request.method().equals("PUT"));
    }

    @Test
    void changingADimensionStartsFromWhatWasRecordedAndKeepsItsKey() {
        Page form = member.page(PAGE + "/dimensions/leadership/change").isAccessiblyStructured();
        assertThat(form.h1()).isEqualTo("Change a dimension");
        assertThat(form.valueOf("dimension-name")).isEqualTo("Leadership");
        assertThat(form.isChecked("now-rating-2")).isTrue();
        assertThat(form.isChecked("target-rating-4")).isTrue();
        assertThat(form.valueOf("now-evidence-1")).isEqualTo("Minutes of the heads' meetings");
        assertThat(form.valueOf("dimension-notes")).isEqualTo("Revisit in the spring");
        cameoService().answer("PUT " + API + "/dimensions/leadership", json(Upstream.workshop("SCHEDULED")));

        member.submit(PAGE + "/dimensions", form("version", "5", "key", "leadership", "name", "Leadership and vision",
                        "nowRating", "3")).expectStatus().isSeeOther();

        assertThat(body(Upstream.onlyRequest(cameoService(), "PUT", API + "/dimensions/leadership")))
                .containsEntry("name", "Leadership and vision");
    }

    @Test
    void aChangeToADimensionKeyNoNameGivesIsPageNotFoundAndNeverReachesTheService() {
        for (String key : List.of("x".repeat(100_000), "../completion", "Leadership", "lead ership", "-leadership")) {
            Page page = member.submitExpecting(PAGE + "/dimensions", form("version", "5", "key", key,
                    "name", "Leadership"), 404);

            assertThat(page.h1()).as("key %.40s", key).isEqualTo("Page not found");
        }
        assertThat(cameoService().received()).noneMatch(request -> request.method().equals("PUT"));
    }

    // --- proposed actions

    @Test
    void anActionIsProposedWithItsOwnerDueDateOutcomesAndDimension() {
        Page form = member.page(PAGE + "/actions/new").isAccessiblyStructured();
        assertThat(form.select("#action-owner option").eachText()).containsExactly("Choose an organisation",
                "Family Support Service", "Oakfield Primary School", "Riverside Academy");
        assertThat(form.select("#action-dimension option").eachAttr("value")).containsExactly("", "leadership");
        cameoService().answer("POST " + API + "/proposed-actions", Answer.json(201, """
                {"proposalId":"b1a2c3d4-0000-4000-8000-000000000002","title":"Share the reading plan","description":null,\
                "ownerOrganisationId":"%s","dueDate":"2027-03-01","outcomes":["ENJOY_AND_ACHIEVE"],"dimensionKey":"leadership",\
                "originQuestionId":null,"originCameoId":null,"proposedBy":"u","proposedAt":"2026-12-03T12:00:00Z"}"""
                .formatted(AGENCY)));

        member.submit(PAGE + "/actions", form("version", "5", "title", "Share the reading plan", "description", " ",
                        "owner", AGENCY, "dueDay", "1", "dueMonth", "3", "dueYear", "2027",
                        "outcomes", "ENJOY_AND_ACHIEVE", "outcomes", "STAY_SAFE", "dimension", "leadership"))
                .expectStatus().isSeeOther().expectHeader().location(PAGE + "#actions");

        Received posted = Upstream.onlyRequest(cameoService(), "POST", API + "/proposed-actions");
        assertThat(posted.header("If-Match")).isEqualTo("\"5\"");
        assertThat(body(posted)).containsEntry("title", "Share the reading plan").containsEntry("description", null)
                .containsEntry("ownerOrganisationId", AGENCY).containsEntry("dueDate", "2027-03-01")
                .containsEntry("outcomes", List.of("ENJOY_AND_ACHIEVE", "STAY_SAFE"))
                .containsEntry("dimensionKey", "leadership").containsEntry("originQuestionId", null);
    }

    @Test
    void aDueDateTheServiceRejectsIsShownOnTheDateWithWhatWasTyped() {
        cameoService().answer("POST " + API + "/proposed-actions",
                Upstream.validationProblem("dueDate", "cannot be before the workshop (2026-12-03)"));

        Page page = Page.of(member.submit(PAGE + "/actions", form("version", "5", "title", "Book the hall",
                        "owner", SCHOOL, "dueDay", "1", "dueMonth", "11", "dueYear", "2026", "outcomes", "STAY_SAFE"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .isAccessiblyStructured();

        assertThat(page.errorSummary()).containsExactly("Due date cannot be before the workshop (2026-12-03)");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#action-due-day");
        assertThat(page.select("#action-due-day").hasClass("govuk-input--error")).isTrue();
        assertThat(page.valueOf("action-due-month")).isEqualTo("11");
        assertThat(page.valueOf("action-title")).isEqualTo("Book the hall");
        assertThat(page.valueOf("action-owner")).isEqualTo(SCHOOL);
        assertThat(page.isChecked("action-outcomes-2")).isTrue();
    }

    @Test
    void anActionWithoutTitleOwnerOrWithAnIncompleteDateIsRefusedHere() {
        Page page = Page.of(member.submit(PAGE + "/actions", form("version", "5", "dueDay", "1", "dueYear", "2027"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(page.errorSummary()).containsExactly("Enter a title for the action",
                "Choose the organisation that will own the action", "Due date must include a day, month and year");
        assertThat(cameoService().received()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void anOutcomeThePageDoesNotOfferIsRefusedHereKeepingWhatWasChosen() {
        Page page = Page.of(member.submit(PAGE + "/actions", form("version", "5", "title", "Book the hall",
                        "owner", SCHOOL, "outcomes", "STAY_SAFE", "outcomes", "BE_HAPPY"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .isAccessiblyStructured();

        assertThat(page.errorSummary()).containsExactly("Select outcomes from the list");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#action-outcomes");
        assertThat(page.isChecked("action-outcomes-2")).isTrue();
        assertThat(cameoService().received()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void withdrawingAProposalDeletesItAtTheVersionShown() {
        cameoService().answer("DELETE " + API + "/proposed-actions/b1a2c3d4-0000-4000-8000-000000000001",
                new Answer(204, "application/json", "", 0));

        member.submit(PAGE + "/actions/b1a2c3d4-0000-4000-8000-000000000001/withdrawal", form("version", "5"))
                .expectStatus().isSeeOther().expectHeader().location(PAGE + "#actions");

        assertThat(Upstream.onlyRequest(cameoService(), "DELETE",
                API + "/proposed-actions/b1a2c3d4-0000-4000-8000-000000000001").header("If-Match")).isEqualTo("\"5\"");
    }

    // --- completion

    @Test
    void completingSendsTheVersionShownAndReturnsToTheWorkshop() {
        cameoService().answer("POST " + API + "/completion", json(Upstream.workshop("COMPLETED")));

        coordinator.submit(PAGE + "/completion", form("version", "5"))
                .expectStatus().isSeeOther().expectHeader().location(PAGE);

        Received completion = Upstream.onlyRequest(cameoService(), "POST", API + "/completion");
        assertThat(completion.header("If-Match")).isEqualTo("\"5\"");
        assertThat(completion.header("Authorization")).isEqualTo(coordinator.bearer());
    }

    @Test
    void aCompletionTheServiceRefusesIsExplainedAboveTheWorkshop() {
        cameoService().answer("POST " + API + "/completion", Upstream.problem(409, "Conflict",
                "This workshop was completed at 2026-12-03T16:00:00Z; its record is frozen"));

        Page page = Page.of(coordinator.submit(PAGE + "/completion", form("version", "5"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .isAccessiblyStructured();

        assertThat(page.errorSummary())
                .containsExactly("This workshop was completed at 2026-12-03T16:00:00Z; its record is frozen");
        assertThat(page.h1()).isEqualTo("Autumn review");
    }
}
