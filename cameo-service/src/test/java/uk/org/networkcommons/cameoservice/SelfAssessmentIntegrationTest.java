package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;

/**
 * A network's self-assessments over time: per dimension, the current and target rating at each completed workshop,
 * the gap between them and the change since the previous workshop; and a workshop's record as JSON and CSV files.
 */
class SelfAssessmentIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    String school;
    Person coordinator;
    NetworkFeed network;

    @BeforeEach
    void aNetworkWithACoordinator() {
        school = "school-" + Person.Ids.next();
        coordinator = Person.staffOf(school, LA);
        network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(school),
                network.appointedCoordinator(coordinator.userId()));
    }

    @Test
    void eachDimensionShowsItsRatingsGapAndTrendAcrossCompletedWorkshopsInDateOrder() {
        LocalDate autumn = LocalDate.of(2025, 11, 20);
        // completed out of date order: the history still follows the workshops' dates
        String spring = completedWorkshop("Spring review", autumn.plusMonths(5), Map.of("leadership", new int[] {3, 4}));
        String first = completedWorkshop("Autumn review", autumn, Map.of("leadership", new int[] {1, 3},
                "capacity", new int[] {2, 2}));
        String winter = completedWorkshop("Winter review", autumn.plusMonths(2), Map.of("leadership", new int[] {2, 4},
                "capacity", new int[] {1, 3}));
        api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Not held yet", school)).expect(201);

        Response all = api.get(Person.staffOf(school, LA), "/api/networks/%s/self-assessments".formatted(network.id()))
                .expect(200);

        assertThat(all.<List<String>>read("$.dimensions[*].key")).containsExactly("capacity", "leadership");
        assertThat(all.<List<String>>read("$.dimensions[1].assessments[*].workshopId"))
                .containsExactly(first, winter, spring);
        assertThat(all.<List<Integer>>read("$.dimensions[1].assessments[*].currentRating")).containsExactly(1, 2, 3);
        assertThat(all.<List<Integer>>read("$.dimensions[1].assessments[*].targetRating")).containsExactly(3, 4, 4);
        assertThat(all.<List<Integer>>read("$.dimensions[1].assessments[*].gap")).containsExactly(2, 2, 1);
        assertThat(all.<List<Integer>>read("$.dimensions[1].assessments[*].trend")).containsExactly(null, 1, 1);
        assertThat(all.<List<Integer>>read("$.dimensions[0].assessments[*].trend")).containsExactly(null, -1);
        assertThat(all.<List<Integer>>read("$.dimensions[0].assessments[*].gap")).containsExactly(0, 2);

        Response one = api.get(coordinator, "/api/networks/%s/self-assessments?dimension=Capacity"
                .formatted(network.id())).expect(200);
        assertThat(one.<List<String>>read("$.dimensions[*].key")).containsExactly("capacity");
        assertThat(one.<List<String>>read("$.dimensions[0].assessments[*].workshopTitle"))
                .containsExactly("Autumn review", "Winter review");
        assertThat(api.get(coordinator, "/api/networks/%s/self-assessments?dimension=curriculum"
                .formatted(network.id())).expect(200).<List<?>>read("$.dimensions")).isEmpty();
    }

    @Test
    void theJsonExportHoldsTheWholeRecord() throws Exception {
        String workshopId = completedWorkshop("Autumn review", LocalDate.of(2025, 11, 20),
                Map.of("leadership", new int[] {2, 4}));

        Response export = api.get(coordinator, "/api/workshops/%s/export.json".formatted(workshopId)).expect(200);

        assertThat(export.contentType()).startsWith("application/json");
        assertThat(mvc.perform(get("/api/workshops/%s/export.json".formatted(workshopId))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor(coordinator))).andReturn().getResponse()
                .getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"workshop-%s.json\"".formatted(workshopId));
        assertThat(export.field("$.format")).isEqualTo("network-commons.workshop-record.v1");
        assertThat(export.field("$.status")).isEqualTo("COMPLETED");
        assertThat(export.<List<String>>read("$.cameoIds")).containsExactly("cameo-capacity-1");
        assertThat(export.field("$.dimensions[0].whereWeAreNow.ratingLabel")).isEqualTo("Emerging");
        assertThat(export.field("$.dimensions[0].whereWeWantToBe.ratingLabel")).isEqualTo("Embedded");
        assertThat(export.field("$.dimensions[0].gap")).isEqualTo("2");
        assertThat(export.<List<String>>read("$.dimensions[0].whereWeAreNow.evidence"))
                .containsExactly("Minutes of heads' meetings", "Shared CPD calendar");
        assertThat(export.field("$.proposedActions[0].title")).isEqualTo("Act on leadership");
        assertThat(export.<List<String>>read("$.proposedActions[0].outcomes"))
                .containsExactly("STAY_SAFE", "ENJOY_AND_ACHIEVE");
    }

    @Test
    void theCsvExportIsUtf8TextCsvWithOneQuotedRowPerEvidenceLine() throws Exception {
        String id = api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Review, with \\\"quotes\\\"", school)).expect(201).field("$.id");
        String workshop = "/api/workshops/" + id;
        api.call(coordinator, HttpMethod.PUT, workshop + "/dimensions/leadership", """
                {"name": "Leadership – across the cluster",
                 "now": {"rating": 2, "narrative": "Heads meet, but\\nplans differ", "evidence": ["=SUM(A1:A9)", "Minutes"]},
                 "target": {"rating": 4}, "notes": "Agreed by the heads' group"}""").expect(200);

        MockHttpServletResponse response = mvc.perform(get(workshop + "/export.csv")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor(coordinator)).accept("text/csv"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"workshop-%s.csv\"".formatted(id));
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        String prefix = id + ",\"Review, with \"\"quotes\"\"\"," + LocalDate.now() + ",SCHEDULED,leadership,"
                + "Leadership – across the cluster,";
        assertThat(csv.split("\r\n", -1)).containsExactly(
                "workshop_id,workshop_title,workshop_date,workshop_status,dimension_key,dimension,section,rating,"
                        + "rating_label,gap,narrative,evidence_number,evidence,notes",
                prefix + "WHERE_WE_ARE_NOW,2,Emerging,2,\"Heads meet, but\nplans differ\",1,'=SUM(A1:A9),"
                        + "Agreed by the heads' group",
                prefix + "WHERE_WE_ARE_NOW,2,Emerging,2,\"Heads meet, but\nplans differ\",2,Minutes,"
                        + "Agreed by the heads' group",
                prefix + "WHERE_WE_WANT_TO_BE,4,Embedded,2,,,,Agreed by the heads' group",
                "");

        // a download link asks for CSV only; a refusal must still be a readable problem, not a 406
        MockHttpServletResponse refused = mvc.perform(get(workshop + "/export.csv")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor(Person.laOfficer("872"))).accept("text/csv"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
    }

    /** Schedules, records one dimension per entry (current, target) with an action, and completes a workshop. */
    private String completedWorkshop(String title, LocalDate date, Map<String, int[]> ratings) {
        String workshopId = api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan(title, date, school)).expect(201).field("$.id");
        String workshop = "/api/workshops/" + workshopId;
        ratings.forEach((key, rating) -> {
            api.call(coordinator, HttpMethod.PUT, workshop + "/dimensions/" + key,
                    WorkshopRequests.dimension(key.substring(0, 1).toUpperCase() + key.substring(1), rating[0],
                            rating[1])).expect(200);
            api.post(coordinator, workshop + "/proposed-actions",
                    WorkshopRequests.action("Act on " + key, school, key)).expect(201);
        });
        api.post(coordinator, workshop + "/completion", null).expect(200);
        return workshopId;
    }
}
