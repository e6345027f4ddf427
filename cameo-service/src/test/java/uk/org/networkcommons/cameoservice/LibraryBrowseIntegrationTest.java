package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.networkcommons.cameoservice.library.LibraryItems;
import uk.org.networkcommons.cameoservice.library.LibraryItems.ItemKind;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.Person;

/** Every signed-in user browses and searches the shipped library, narrowed by theme, challenge, tag, outcome and text. */
class LibraryBrowseIntegrationTest extends IntegrationTestBase {

    static final Person READER = Person.staffOf("school-browser", "873");

    @Autowired
    LibraryItems libraryItems;

    @Test
    void cameosNarrowedByGroupAreTheThreeCaseStudiesOfThatTheme() {
        Response coherence = api.get(READER, "/api/library/cameos?group=COHERENCE&kind=CASE_STUDY").expect(200);

        assertThat(coherence.<List<String>>read("$[*].id"))
                .containsExactly("cameo-coherence-4", "cameo-coherence-5", "cameo-coherence-6");
        assertThat(api.get(READER, "/api/library/cameos?group=ACTIVITY").expect(200).<List<String>>read("$[*].theme"))
                .isNotEmpty().containsOnly("ACTIVITY");
    }

    @Test
    void cameosNarrowedByChallengeAreTheLaStoriesOfThatChallenge() {
        Response ownership = api.get(READER, "/api/library/cameos?challenge=OWNERSHIP&kind=LA_STORY").expect(200);

        assertThat(ownership.<List<String>>read("$[*].id")).containsExactly("la-story-ownership-liverpool",
                "la-story-ownership-lancashire", "la-story-ownership-knowsley", "la-story-ownership-southwark");
        assertThat(api.get(READER, "/api/library/cameos?challenge=OWNERSHIP").expect(200)
                .<List<String>>read("$[*].challenge")).containsOnly("OWNERSHIP");
    }

    @Test
    void cameosNarrowedByTagCarryThatTag() {
        Response multiAgency = api.get(READER, "/api/library/cameos?tag=multi-agency").expect(200);

        assertThat(multiAgency.<List<String>>read("$[*].id")).contains("la-story-focus-west-sussex");
        assertThat(multiAgency.<List<List<String>>>read("$[*].tags")).allSatisfy(tags -> assertThat(tags).contains("multi-agency"));
        assertThat(api.get(READER, "/api/library/cameos?tag=no-such-tag").expect(200).body()).isEqualTo("[]");
    }

    @Test
    void cameosNarrowedByOutcomeServeThatEveryChildMattersOutcome() {
        Response healthy = api.get(READER, "/api/library/cameos?outcome=BE_HEALTHY").expect(200);

        assertThat(healthy.<List<String>>read("$[*].id")).contains("la-story-focus-west-sussex");
        assertThat(healthy.<List<List<String>>>read("$[*].outcomes")).allSatisfy(o -> assertThat(o).contains("BE_HEALTHY"));
        // the shipped data counts outcomes among its tags, so the tag filter finds them too
        assertThat(api.get(READER, "/api/library/cameos?tag=BE_HEALTHY").expect(200).<List<String>>read("$[*].id"))
                .isEqualTo(healthy.<List<String>>read("$[*].id"));
    }

    @Test
    void textIsFoundInTitlesSummariesAndQuestionsIgnoringCase() {
        assertThat(ids("/api/library/cameos?q=WEST SUSSEX")).contains("la-story-focus-west-sussex");
        // only in the summary
        assertThat(ids("/api/library/cameos?q=connexions")).contains("la-story-focus-west-sussex");
        // only in a question
        assertThat(ids("/api/library/cameos?q=ready-made framework")).containsExactly("la-story-focus-wiltshire");
        // a term with regular-expression characters is text, not a pattern
        assertThat(api.get(READER, "/api/library/cameos?q=(.*").expect(200).body()).isEqualTo("[]");
    }

    @Test
    void filtersCombine() {
        assertThat(ids("/api/library/cameos?kind=LA_STORY&challenge=FOCUS&outcome=STAY_SAFE&q=sussex"))
                .containsExactly("la-story-focus-west-sussex");
    }

    @Test
    void pagesFollowOneStableOrderWithoutGapsOrOverlaps() {
        List<String> all = ids("/api/library/cameos?kind=LA_STORY&size=200");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(ids("/api/library/cameos?kind=LA_STORY&size=10&page=" + page));
        }

        assertThat(all).hasSize(21).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(all);
        assertThat(ids("/api/library/cameos?kind=LA_STORY&size=10&page=3")).isEmpty();
    }

    @Test
    void aBadFilterOrPageIsA400Problem() {
        for (String query : List.of("group=PURPOSE", "outcome=BE_WEALTHY", "kind=NOVEL", "challenge=FUNDING",
                "size=201", "size=0", "page=-1")) {
            Response response = api.get(READER, "/api/library/cameos?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        api.get(READER, "/api/library/search?theme=FOCUS").expect(400);
    }

    @Test
    void aCameoAChallengeAndAScenarioAreReadByIdAndUnknownIdsAreNotFound() {
        Response cameo = api.get(READER, "/api/library/cameos/cameo-capacity-1").expect(200);
        assertThat(cameo.field("$.kind")).isEqualTo("CASE_STUDY");
        assertThat(cameo.<List<String>>read("$.questions[*].id")).startsWith("cameo-capacity-1-q1");
        assertThat(cameo.<List<String>>read("$.outcomes")).containsExactly("ENJOY_AND_ACHIEVE");
        assertThat(cameo.<List<String>>read("$.tags")).contains("leadership").doesNotContain("ENJOY_AND_ACHIEVE");

        Response challenge = api.get(READER, "/api/library/challenges/challenge-structures").expect(200);
        assertThat(challenge.<List<String>>read("$.followUpQuestions[2].laStories[*].id")).hasSize(2);
        assertThat(challenge.<List<Object>>read("$.followUpQuestions[*].laStories[*]")).hasSize(5);

        assertThat(api.get(READER, "/api/library/scenarios/scenario-alliance").expect(200).field("$.governanceAspect"))
                .isEqualTo("The nature of the decision-making process");

        assertThat(api.get(READER, "/api/library/cameos/cameo-nowhere").expect(404).field("$.detail"))
                .isEqualTo("No cameo with id cameo-nowhere");
        api.get(READER, "/api/library/challenges/challenge-nowhere").expect(404);
        api.get(READER, "/api/library/scenarios/scenario-nowhere").expect(404);
        // a challenge is not a cameo
        api.get(READER, "/api/library/cameos/challenge-focus").expect(404);
    }

    @Test
    void thePartnershipMaterialHasItsDividendReasonsFormQuestionsAndChecklist() {
        Response partnership = api.get(READER, "/api/library/partnership").expect(200);

        assertThat(partnership.<List<Object>>read("$.reasons.items")).hasSize(3);
        assertThat(partnership.<List<Object>>read("$.reasons.specificChallenges.items")).hasSize(6);
        assertThat(partnership.<List<Object>>read("$.dividend.items")).hasSize(8);
        assertThat(partnership.<List<Object>>read("$.formQuestions.items")).hasSize(6);
        assertThat(partnership.<List<String>>read("$.checklist.items[*].id")).containsExactly(
                "partnership-checklist-objectives", "partnership-checklist-consultation", "partnership-checklist-slas",
                "partnership-checklist-withdrawal");
        assertThat(partnership.field("$.sourceId")).isEqualTo("source-eip-presentation");
    }

    @Test
    void benefitsTheSelfAssessmentTemplateAndTheSourcesAreServed() {
        Response benefits = api.get(READER, "/api/library/benefits").expect(200);
        assertThat(benefits.<List<String>>read("$.areas[*].area"))
                .containsExactly("LEADERSHIP", "TEACHING_AND_LEARNING", "CURRICULUM", "CHILDREN_AND_YOUNG_PEOPLE");
        assertThat(benefits.<List<Object>>read("$.areas[*].items[*]")).hasSize(31);
        assertThat(benefits.field("$.description")).contains("governors");

        Response template = api.get(READER, "/api/library/self-assessment-template").expect(200);
        assertThat(template.<List<String>>read("$.sections[*].key")).containsExactly("WHERE_WE_ARE_NOW", "WHERE_WE_WANT_TO_BE");
        assertThat(template.<List<Integer>>read("$.ratingScale[*].value")).containsExactly(1, 2, 3, 4);

        Response sources = api.get(READER, "/api/library/sources").expect(200);
        assertThat(sources.<List<String>>read("$[*].id")).hasSize(4).contains("source-spreading-innovation");
        assertThat(sources.<List<String>>read("$[?(@.id == 'source-spreading-innovation')].notes").getFirst())
                .contains("Crown copyright");
    }

    @Test
    void searchFindsItemsOfEveryKindByTextTagAndTheme() {
        Response federation = api.get(READER, "/api/library/search?q=federation").expect(200);
        assertThat(federation.<List<String>>read("$[*].id")).contains("scenario-trust-federation", "federation-form-hard");
        assertThat(federation.<List<String>>read("$[*].type")).contains("SCENARIO", "CONTINUUM_FORM");

        Response governance = api.get(READER, "/api/library/search?tag=governance").expect(200);
        assertThat(governance.<List<String>>read("$[*].id")).containsExactly("cameo-activity-9",
                "scenario-trust-federation", "scenario-franchise-brand", "scenario-alliance",
                "scenario-employee-owned-partnership", "scenario-self-organising", "scenario-consumer-governed");

        Response activity = api.get(READER, "/api/library/search?theme=ACTIVITY&q=activity").expect(200);
        assertThat(activity.<List<String>>read("$[*].id")).contains("cameo-activity-7", "cameo-activity-8", "cameo-activity-9");
        assertThat(activity.<List<String>>read("$[*].type")).containsOnly("CAMEO");

        Response healthy = api.get(READER, "/api/library/search?q=physically and emotionally well").expect(200);
        assertThat(healthy.<List<Map<String, Object>>>read("$[*]")).anySatisfy(hit -> assertThat(hit)
                .containsEntry("id", "ecm-be-healthy").containsEntry("href", "/api/library/outcomes"));
    }

    @Test
    void searchResultsPointAtWhereTheItemIsRead() {
        Response hits = api.get(READER, "/api/library/search?q=Capacity 1:").expect(200);
        String href = hits.field("$[0].href");

        assertThat(href).isEqualTo("/api/library/cameos/cameo-capacity-1");
        api.get(READER, href).expect(200);
    }

    @Test
    void otherFeaturesLearnTheKindOfEveryShippedItemAndQuestion() {
        assertThat(libraryItems.kindOf("challenge-focus")).contains(ItemKind.CHALLENGE);
        assertThat(libraryItems.kindOf("challenge-focus-q1")).contains(ItemKind.QUESTION);
        assertThat(libraryItems.kindOf("cameo-capacity-1")).contains(ItemKind.CAMEO);
        assertThat(libraryItems.kindOf("la-story-focus-wiltshire-q2")).contains(ItemKind.QUESTION);
        assertThat(libraryItems.kindOf("scenario-alliance")).contains(ItemKind.SCENARIO);
        assertThat(libraryItems.kindOf("scenario-alliance-q1")).contains(ItemKind.QUESTION);
        assertThat(libraryItems.kindOf("federation-form-hard")).contains(ItemKind.CONTINUUM_FORM);
        assertThat(libraryItems.kindOf("partnership-form-q-objective")).contains(ItemKind.QUESTION);
        assertThat(libraryItems.kindOf("partnership-checklist-slas")).contains(ItemKind.OTHER);
        assertThat(libraryItems.kindOf("ecm-stay-safe")).contains(ItemKind.OTHER);
        assertThat(libraryItems.kindOf("self-assessment-rating-2")).contains(ItemKind.OTHER);
        assertThat(libraryItems.kindOf("no-such-item")).isEmpty();
        assertThat(libraryItems.kindOf("")).isEmpty();
    }

    @Test
    void theLibraryIsForSignedInUsersOnly() {
        for (String path : List.of("/api/library/challenges", "/api/library/cameos", "/api/library/search?q=x",
                "/api/library/sources", "/api/library/partnership")) {
            assertThat(api.get(null, path).status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void theApiDescriptionListsTheLibraryEndpointsWithoutTheTokenDerivedViewer() {
        Response docs = api.get(null, "/v3/api-docs").expect(200);

        assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys("/api/library/cameos", "/api/library/search",
                "/api/library/authored/{itemId}/publication", "/api/library/partnership");
        assertThat(docs.body()).doesNotContain("\"viewer\"");
    }

    /** Queries are given as plain text: MockMvc encodes the URI itself. */
    private List<String> ids(String path) {
        return api.get(READER, path).expect(200).read("$[*].id");
    }
}
