package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.org.networkcommons.cameoservice.library.LibraryItemType;
import uk.org.networkcommons.cameoservice.library.ShippedLibrary;
import uk.org.networkcommons.cameoservice.library.ShippedLibraryLoader;
import uk.org.networkcommons.cameoservice.library.ShippedLibraryLoader.LoadReport;
import uk.org.networkcommons.cameoservice.library.ShippedTextScan;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.Concurrently;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * The shipped library as the running service holds it: the five challenges with their questions and LA stories, the
 * case-study cameos under their three themes, the governance scenarios, the continuum and the Every Child Matters
 * outcomes; loaded idempotently however often and however many loaders run; and free of personal data.
 */
class LibraryContentTest extends IntegrationTestBase {

    static final Person READER = Person.staffOf("school-reader", "873");

    @Autowired
    ShippedLibraryLoader loader;

    @Autowired
    MongoOperations mongo;

    @Autowired
    MongoClient mongoClient;

    @Test
    void theFiveChallengesCarryTheirMainAndFollowUpQuestionsAndThe21LaStoriesAttachedToThem() {
        Response challenges = api.get(READER, "/api/library/challenges").expect(200);

        assertThat(challenges.<List<String>>read("$[*].key"))
                .containsExactly("FOCUS", "OWNERSHIP", "STRUCTURES", "CAPACITY", "EFFECTIVENESS");
        assertThat(challenges.<List<String>>read("$[*].mainQuestion")).hasSize(5).allSatisfy(q -> assertThat(q).endsWith("?"));
        assertThat(challenges.<List<String>>read("$[*].followUpQuestions[*].id")).hasSize(21).doesNotHaveDuplicates();
        List<String> storyIds = challenges.read("$[*].followUpQuestions[*].laStories[*].id");
        assertThat(storyIds).hasSize(21).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith("la-story-"));
        for (int c = 0; c < 5; c++) {
            String key = challenges.field("$[%d].key".formatted(c));
            List<Map<String, Object>> questions = challenges.read("$[%d].followUpQuestions".formatted(c));
            for (Map<String, Object> question : questions) {
                assertThat(question.get("text").toString()).isNotBlank();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> stories = (List<Map<String, Object>>) question.get("laStories");
                assertThat(stories).allSatisfy(story -> {
                    assertThat(story).containsEntry("kind", "LA_STORY").containsEntry("challenge", key)
                            .containsEntry("followUpQuestionId", question.get("id"));
                    assertThat(story.get("localAuthority").toString()).isNotBlank();
                });
            }
        }
    }

    @Test
    void nineCaseStudyCameosSitUnderTheThemesCapacityCoherenceAndActivity() {
        Response caseStudies = api.get(READER, "/api/library/cameos?kind=CASE_STUDY").expect(200);

        assertThat(caseStudies.<List<String>>read("$[*].id")).hasSize(9);
        assertThat(caseStudies.<List<String>>read("$[*].theme")).containsExactly("CAPACITY", "CAPACITY", "CAPACITY",
                "COHERENCE", "COHERENCE", "COHERENCE", "ACTIVITY", "ACTIVITY", "ACTIVITY");
        assertThat(caseStudies.<List<List<Object>>>read("$[*].questions")).allSatisfy(q -> assertThat(q).isNotEmpty());
        assertThat(caseStudies.<List<String>>read("$[*].origin")).containsOnly("SHIPPED");
    }

    @Test
    void sixGovernanceScenariosEachComeWithKeyQuestions() {
        Response scenarios = api.get(READER, "/api/library/scenarios").expect(200);

        assertThat(scenarios.<List<String>>read("$[*].model")).containsExactly("TRUST_FEDERATION", "FRANCHISE_BRAND",
                "ALLIANCE", "EMPLOYEE_OWNED_PARTNERSHIP", "SELF_ORGANISING", "CONSUMER_GOVERNED");
        assertThat(scenarios.<List<List<Object>>>read("$[*].keyQuestions")).allSatisfy(q -> assertThat(q).isNotEmpty());
        assertThat(scenarios.<List<String>>read("$[*].keyQuestions[*].id")).hasSize(19);
    }

    @Test
    void theContinuumHasFourFormsFromTheMostFormalToTheLeast() {
        Response continuum = api.get(READER, "/api/library/continuum").expect(200);

        assertThat(continuum.<List<String>>read("$.forms[*].form")).containsExactly("HARD_FEDERATION",
                "SOFT_FEDERATION_DELEGATED_POWERS", "SOFT_FEDERATION_NO_DELEGATED_POWERS", "LOOSE_COLLABORATION");
        assertThat(continuum.<List<Integer>>read("$.forms[*].position")).containsExactly(1, 2, 3, 4);
        assertThat(continuum.field("$.description")).contains("most formal");
    }

    @Test
    void theFiveEveryChildMattersOutcomes() {
        assertThat(api.get(READER, "/api/library/outcomes").expect(200).<List<String>>read("$[*].key"))
                .containsExactly("BE_HEALTHY", "STAY_SAFE", "ENJOY_AND_ACHIEVE", "MAKE_A_POSITIVE_CONTRIBUTION",
                        "ACHIEVE_ECONOMIC_WELL_BEING");
    }

    @Test
    void loadingTheLibraryAgainLeavesExactlyTheSameItems() {
        Map<String, Long> before = shippedCounts(mongo);

        LoadReport again = loader.load(ShippedLibrary.fromClasspath(ShippedLibrary.CURRENT));

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(shippedCounts(mongo)).isEqualTo(before);
        assertThat(before).containsEntry("CHALLENGE", 5L).containsEntry("CAMEO", 30L).containsEntry("SCENARIO", 6L)
                .containsEntry("CONTINUUM_FORM", 4L).containsEntry("ECM_OUTCOME", 5L).containsEntry("SOURCE", 4L)
                .containsEntry("files", 9L);
    }

    @Test
    void twoLoadersRunningAtOnceStoreEveryItemExactlyOnce() throws Exception {
        ShippedLibrary library = ShippedLibrary.fromClasspath(ShippedLibrary.CURRENT);
        Map<String, Long> expected = shippedCounts(mongo);
        // on an empty database too, where both race to insert every item
        for (String database : List.of("library-race-" + Person.Ids.next(), "library-race-" + Person.Ids.next())) {
            MongoTemplate fresh = new MongoTemplate(mongoClient, database);
            List<LoadReport> reports = Concurrently.run(() -> new ShippedLibraryLoader(fresh).load(library),
                    () -> new ShippedLibraryLoader(fresh).load(library));
            assertThat(shippedCounts(fresh)).isEqualTo(expected);
            assertThat(reports.get(0).inserted() + reports.get(1).inserted())
                    .isEqualTo(library.items().size() + library.files().size());
            fresh.getDb().drop();
        }
        List<LoadReport> reports = Concurrently.run(() -> new ShippedLibraryLoader(mongo).load(library),
                () -> new ShippedLibraryLoader(mongo).load(library));
        assertThat(reports).allSatisfy(report -> assertThat(report.inserted() + report.updated()).isZero());
        assertThat(shippedCounts(mongo)).isEqualTo(expected);
    }

    @Test
    void noRunOfOneToFourWordsInTheShippedLibraryIsAPersonalNameOrContactDetail() throws IOException {
        ShippedTextScan scan = new ShippedTextScan(ShippedTextScan.hashesIn(
                new ClassPathResource("library-forbidden-sha256.txt").getContentAsString(StandardCharsets.UTF_8)));
        Resource[] files = shippedJson();

        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Resource file : files) {
            assertThat(scan.forbiddenRunsIn(file.getContentAsString(StandardCharsets.UTF_8)))
                    .as("forbidden word runs in %s", file.getFilename()).isEmpty();
        }
    }

    @Test
    void noAtSignAppearsAnywhereInTheShippedLibrary() throws IOException {
        for (Resource file : shippedJson()) {
            assertThat(file.getContentAsString(StandardCharsets.UTF_8)).as(file.getFilename()).doesNotContain("@");
        }
    }

    private static Resource[] shippedJson() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:library/**/*.json");
    }

    /** Shipped items per type, and the number of shipped files. */
    private static Map<String, Long> shippedCounts(MongoOperations mongo) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LibraryItemType type : LibraryItemType.values()) {
            long count = mongo.count(Query.query(Criteria.where("type").is(type.name()).and("origin").is("SHIPPED")),
                    "library_items");
            if (count > 0) {
                counts.put(type.name(), count);
            }
        }
        counts.put("all", mongo.count(Query.query(Criteria.where("origin").is("SHIPPED")), "library_items"));
        counts.put("files", mongo.count(new Query(), "library_files"));
        return counts;
    }
}
