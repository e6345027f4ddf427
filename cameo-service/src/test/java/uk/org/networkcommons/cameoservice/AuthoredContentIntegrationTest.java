package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.cameoservice.support.Authoring.cameoJson;
import static uk.org.networkcommons.cameoservice.support.Authoring.questionSetJson;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.cameoservice.library.LibraryItems;
import uk.org.networkcommons.cameoservice.library.LibraryItems.ItemKind;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.Concurrently;
import uk.org.networkcommons.cameoservice.support.Authoring;
import uk.org.networkcommons.cameoservice.support.Coordinators;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;

/**
 * LA officers and network co-ordinators write cameos and question sets, take them from draft to published to retired,
 * and share them with their LA or with everyone; who sees and changes what follows the author's LA.
 */
class AuthoredContentIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OTHER_LA = "874";

    @Autowired
    NetworkAccessProjection networks;

    @Autowired
    LibraryItems libraryItems;

    Authoring authoring;

    @BeforeEach
    void authoring() {
        authoring = new Authoring(api);
    }

    @Test
    void anLaOfficerDraftsPublishesAndRetiresACameo() {
        Person officer = Person.laOfficer(LA);
        Response drafted = api.post(officer, "/api/library/authored", cameoJson("Sharing a transition mentor", "LA",
                "\"theme\": \"CAPACITY\"")).expect(201);
        String id = drafted.field("$.id");

        assertThat(drafted.etag()).isEqualTo("\"1\"");
        assertThat(drafted.field("$.status")).isEqualTo("DRAFT");
        assertThat(drafted.field("$.authorLaCode")).isEqualTo(LA);
        assertThat(drafted.field("$.authorId")).isEqualTo(officer.userId());
        assertThat(drafted.<List<String>>read("$.questions[*].id")).containsExactly(id + "-q1", id + "-q2");

        Response published = authoring.publish(officer, id).expect(200);
        assertThat(published.field("$.status")).isEqualTo("PUBLISHED");
        assertThat(published.etag()).isEqualTo("\"2\"");
        assertThat(published.field("$.publishedAt")).matches("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");

        Response retired = authoring.retire(officer, id).expect(200);
        assertThat(retired.field("$.status")).isEqualTo("RETIRED");
        assertThat(retired.<Boolean>read("$.retired")).isTrue();
        assertThat(api.get(officer, "/api/library/authored/" + id).expect(200).etag()).isEqualTo("\"3\"");
    }

    @Test
    void anIllegalTransitionIsA409NamingTheStates() {
        Person officer = Person.laOfficer(LA);
        String id = authoring.draft(officer, cameoJson("Transitions in order", "LA"));

        Response retireDraft = authoring.retire(officer, id).expect(409);
        assertThat(retireDraft.contentType()).startsWith("application/problem+json");
        assertThat(retireDraft.field("$.detail")).contains("DRAFT", "PUBLISHED");

        authoring.publish(officer, id).expect(200);
        assertThat(authoring.publish(officer, id).expect(409).field("$.detail")).contains("it is PUBLISHED", "only a DRAFT");

        authoring.retire(officer, id).expect(200);
        assertThat(authoring.publish(officer, id).expect(409).field("$.detail")).contains("RETIRED");
        assertThat(authoring.retire(officer, id).expect(409).field("$.detail")).contains("RETIRED");
        assertThat(authoring.revise(officer, id, cameoJson("Too late", "LA"), null).expect(409).field("$.detail"))
                .contains("RETIRED");
    }

    @Test
    void anEditBasedOnAnOldVersionIsA409WithTheCurrentVersion() {
        Person officer = Person.laOfficer(LA);
        String id = authoring.draft(officer, cameoJson("Edited twice", "LA"));
        authoring.revise(officer, id, cameoJson("Edited once", "LA"), "\"1\"").expect(200);

        Response stale = authoring.revise(officer, id, cameoJson("Edited from an old copy", "LA"), "\"1\"").expect(409);

        assertThat(stale.field("$.type")).endsWith("/concurrent-update");
        assertThat(stale.<Integer>read("$.currentVersion")).isEqualTo(2);
        assertThat(api.get(officer, "/api/library/authored/" + id).expect(200).field("$.title")).isEqualTo("Edited once");
        // the lifecycle steps honour If-Match too
        assertThat(api.callWithIfMatch(officer, HttpMethod.POST, "/api/library/authored/" + id + "/publication", null,
                "\"1\"").status()).isEqualTo(409);
    }

    @Test
    void ofTwoEditsOfTheSameVersionAtOnceExactlyOneWins() throws Exception {
        Person officer = Person.laOfficer(LA);
        Person colleague = Person.laOfficer(LA);
        String id = authoring.draft(officer, cameoJson("Edited at once", "LA"));

        List<Integer> statuses = Concurrently.run(
                () -> authoring.revise(officer, id, cameoJson("The author's edit", "LA"), "\"1\"").status(),
                () -> authoring.revise(colleague, id, cameoJson("A colleague's edit", "LA"), "\"1\"").status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(api.get(officer, "/api/library/authored/" + id).expect(200).etag()).isEqualTo("\"2\"");
    }

    @Test
    void aRevisionKeepsTheIdsOfQuestionsSentBackAndNeverReusesARemovedOne() {
        Person officer = Person.laOfficer(LA);
        String id = authoring.draft(officer, cameoJson("Question ids", "LA"));

        Response revised = authoring.revise(officer, id, """
                {"kind": "CAMEO", "title": "Question ids", "summary": "A short case.", "sharing": "LA",
                 "questions": [{"id": "%s-q2", "text": "Who would fund the mentor, and for how long?"},
                               {"text": "What would governors ask?"}]}
                """.formatted(id), null).expect(200);

        assertThat(revised.<List<String>>read("$.questions[*].id")).containsExactly(id + "-q2", id + "-q3");
        Response unknown = authoring.revise(officer, id, """
                {"kind": "CAMEO", "title": "Question ids", "summary": "A short case.", "sharing": "LA",
                 "questions": [{"id": "cameo-capacity-1-q1", "text": "Borrowed?"}]}
                """, null).expect(400);
        assertThat(unknown.body()).contains("questions[0].id");
        assertThat(authoring.revise(officer, id, questionSetJson("Now a question set", "LA"), null).expect(400).body())
                .contains("kind");
    }

    @Test
    void aCoordinatorOfANetworkMayAuthor() {
        Person coordinator = Coordinators.appointIn(LA, networks);

        Response drafted = api.post(coordinator, "/api/library/authored", questionSetJson("Cluster questions", "LA"))
                .expect(201);

        assertThat(drafted.field("$.kind")).isEqualTo("QUESTION_SET");
        assertThat(drafted.field("$.authorLaCode")).isEqualTo(LA);
        authoring.publish(coordinator, drafted.field("$.id")).expect(200);
    }

    @Test
    void aMemberWhoCoordinatesNoNetworkMayNotAuthor() {
        Response refused = api.post(Person.staffOf("school-" + Person.Ids.next(), LA), "/api/library/authored",
                cameoJson("Not allowed", "LA")).expect(403);

        assertThat(refused.contentType()).startsWith("application/problem+json");
        api.post(Person.admin(), "/api/library/authored", cameoJson("Not allowed either", "EVERYONE")).expect(403);
    }

    @Test
    void aDraftIsSeenOnlyByItsAuthorAndTheOfficersOfTheAuthorsLa() {
        Person coordinator = Coordinators.appointIn(LA, networks);
        String id = authoring.draft(coordinator, cameoJson("A coordinator's draft", "EVERYONE"));
        Person officer = Person.laOfficer(LA);

        api.get(coordinator, "/api/library/authored/" + id).expect(200);
        api.get(officer, "/api/library/authored/" + id).expect(200);
        api.get(officer, "/api/library/cameos/" + id).expect(200);
        for (Person outsider : List.of(Person.staffOf("school-" + Person.Ids.next(), LA), Person.laOfficer(OTHER_LA),
                Person.staffOf("school-" + Person.Ids.next(), OTHER_LA), Person.admin())) {
            assertThat(api.get(outsider, "/api/library/authored/" + id).status()).as("%s", outsider).isEqualTo(404);
            assertThat(api.get(outsider, "/api/library/cameos/" + id).status()).as("%s", outsider).isEqualTo(404);
            assertThat(titles(outsider, "/api/library/cameos?kind=AUTHORED&q=a coordinator's draft")).isEmpty();
        }
        // an officer of the author's LA may publish it for them
        authoring.publish(officer, id).expect(200);
        api.get(Person.staffOf("school-" + Person.Ids.next(), OTHER_LA), "/api/library/authored/" + id).expect(200);
    }

    @Test
    void aPublishedLaSharedItemIsReadInThatLaOnlyAndChangedOnlyByAuthorAndOfficers() {
        Person author = Person.laOfficer(LA);
        String id = authoring.publishedCameo(author, "Only for our LA", "LA");
        Person sameLaStaff = Person.staffOf("school-" + Person.Ids.next(), LA);

        api.get(sameLaStaff, "/api/library/authored/" + id).expect(200);
        api.get(sameLaStaff, "/api/library/cameos/" + id).expect(200);
        api.get(Person.admin(), "/api/library/authored/" + id).expect(200);
        assertThat(titles(sameLaStaff, "/api/library/cameos?q=only for our la")).containsExactly("Only for our LA");
        assertThat(authoring.revise(sameLaStaff, id, cameoJson("Hijacked", "LA"), null).status()).isEqualTo(403);
        assertThat(authoring.retire(sameLaStaff, id).status()).isEqualTo(403);

        for (Person otherLa : List.of(Person.laOfficer(OTHER_LA), Person.staffOf("school-" + Person.Ids.next(), OTHER_LA),
                Person.staffOf("agency-" + Person.Ids.next(), null))) {
            assertThat(api.get(otherLa, "/api/library/authored/" + id).status()).as("%s", otherLa).isEqualTo(404);
            assertThat(titles(otherLa, "/api/library/cameos?q=only for our la")).as("%s", otherLa).isEmpty();
            assertThat(titles(otherLa, "/api/library/search?q=only for our la")).as("%s", otherLa).isEmpty();
        }

        Person colleague = Person.laOfficer(LA);
        authoring.revise(colleague, id, cameoJson("Only for our LA, revised", "LA"), null).expect(200);
        assertThat(api.get(author, "/api/library/authored/" + id).expect(200).field("$.status")).isEqualTo("PUBLISHED");
    }

    @Test
    void aPublishedItemSharedWithEveryoneIsReadByAnyoneSignedInButChangedOnlyByItsLa() {
        Person author = Person.laOfficer(LA);
        String id = authoring.publishedCameo(author, "For every network", "EVERYONE");
        Person elsewhere = Person.staffOf("school-" + Person.Ids.next(), OTHER_LA);

        api.get(elsewhere, "/api/library/authored/" + id).expect(200);
        assertThat(titles(elsewhere, "/api/library/cameos?kind=AUTHORED&q=for every network")).containsExactly("For every network");
        assertThat(titles(elsewhere, "/api/library/search?q=for every network")).containsExactly("For every network");
        assertThat(authoring.revise(elsewhere, id, cameoJson("Changed elsewhere", "EVERYONE"), null).status()).isEqualTo(403);
        assertThat(authoring.publish(Person.laOfficer(OTHER_LA), id).status()).isEqualTo(403);
        assertThat(api.get(null, "/api/library/authored/" + id).status()).isEqualTo(401);
    }

    @Test
    void aRetiredItemStaysReadableButLeavesBrowseListsUnlessAskedFor() {
        Person author = Person.laOfficer(LA);
        String id = authoring.publishedCameo(author, "Retired but readable", "LA");
        authoring.retire(author, id).expect(200);
        Person reader = Person.staffOf("school-" + Person.Ids.next(), LA);

        Response cameo = api.get(reader, "/api/library/cameos/" + id).expect(200);
        assertThat(cameo.<Boolean>read("$.retired")).isTrue();
        assertThat(cameo.field("$.status")).isEqualTo("RETIRED");
        assertThat(titles(reader, "/api/library/cameos?q=retired but readable")).isEmpty();
        assertThat(titles(reader, "/api/library/cameos?q=retired but readable&includeRetired=true"))
                .containsExactly("Retired but readable");
        assertThat(titles(reader, "/api/library/search?q=retired but readable")).isEmpty();
        assertThat(api.get(reader, "/api/library/search?q=retired but readable&includeRetired=true").expect(200)
                .<List<Boolean>>read("$[*].retired")).containsExactly(true);
        assertThat(titles(Person.laOfficer(OTHER_LA), "/api/library/cameos?q=retired but readable&includeRetired=true"))
                .isEmpty();
    }

    @Test
    void authoredCameosMeetTheShippedOnesInFiltersAfterThemInOrder() {
        Person author = Person.laOfficer(LA);
        String id = authoring.draft(author, cameoJson("Filters find authored cameos", "EVERYONE",
                "\"theme\": \"COHERENCE\""));
        authoring.publish(author, id).expect(200);
        Person reader = Person.staffOf("school-" + Person.Ids.next(), OTHER_LA);

        List<String> coherence = api.get(reader, "/api/library/cameos?group=COHERENCE&size=200").expect(200).read("$[*].id");
        assertThat(coherence).startsWith("cameo-coherence-4", "cameo-coherence-5", "cameo-coherence-6").contains(id);
        assertThat(ids(reader, "/api/library/cameos?tag=transition-support&size=200")).contains(id);
        assertThat(ids(reader, "/api/library/cameos?outcome=ENJOY_AND_ACHIEVE&size=200")).contains(id);
        assertThat(ids(reader, "/api/library/cameos?challenge=CAPACITY&kind=AUTHORED&size=200")).contains(id);
        assertThat(ids(reader, "/api/library/cameos?kind=LA_STORY&size=200")).doesNotContain(id);
        assertThat(ids(reader, "/api/library/search?theme=COHERENCE&size=200")).contains(id);
        // a question's text finds it
        assertThat(ids(reader, "/api/library/cameos?q=who would fund the mentor&size=200")).contains(id);
    }

    @Test
    void theAuthoredListHoldsWhatTheViewerMaySeeDraftsIncluded() {
        Person author = Person.laOfficer(LA);
        String draft = authoring.draft(author, questionSetJson("Listed draft", "LA"));
        String published = authoring.draft(author, questionSetJson("Listed published", "LA"));
        authoring.publish(author, published).expect(200);

        assertThat(ids(author, "/api/library/authored?kind=QUESTION_SET&size=200")).contains(draft, published);
        assertThat(ids(Person.staffOf("school-" + Person.Ids.next(), LA), "/api/library/authored?size=200"))
                .contains(published).doesNotContain(draft);
        assertThat(ids(Person.laOfficer(OTHER_LA), "/api/library/authored?size=200")).doesNotContain(draft, published);
        assertThat(ids(author, "/api/library/authored?kind=CAMEO&size=200")).doesNotContain(draft, published);
    }

    @Test
    void otherFeaturesLearnTheKindOfAuthoredItemsAndTheirQuestions() {
        Person author = Person.laOfficer(LA);
        String cameo = authoring.draft(author, cameoJson("Known to workshops", "LA"));
        String questionSet = authoring.draft(author, questionSetJson("Known question set", "LA"));

        assertThat(libraryItems.kindOf(cameo)).contains(ItemKind.CAMEO);
        assertThat(libraryItems.kindOf(cameo + "-q2")).contains(ItemKind.QUESTION);
        assertThat(libraryItems.kindOf(questionSet)).contains(ItemKind.OTHER);
        assertThat(libraryItems.kindOf(questionSet + "-q1")).contains(ItemKind.QUESTION);
        assertThat(libraryItems.kindOf(cameo + "-q9")).isEmpty();
    }

    private List<String> titles(Person person, String path) {
        return api.get(person, path).expect(200).read("$[*].title");
    }

    private List<String> ids(Person person, String path) {
        return api.get(person, path).expect(200).read("$[*].id");
    }
}
