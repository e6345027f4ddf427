package uk.org.networkcommons.actiontracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.actiontracker.action.Action;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.actiontracker.support.Networks;
import uk.org.networkcommons.platform.test.api.Person;

/** Lists filter and page in one stable order, the CSV holds the same rows, and the LA summary counts what is there. */
class ActionReportsIntegrationTest extends IntegrationTestBase {

    /** An LA of its own, so the summary counts only this test's actions. */
    static final String LA = "301";
    /** Another, for the summary's lists of overdue and stalled actions. */
    static final String ATTENTION_LA = "306";

    @Autowired
    MongoTemplate mongo;

    @Test
    void pagesFollowDueDateThenIdWithUndatedLastAndTheCursorNeverRepeatsOrSkips() {
        Networks network = Networks.withMemberAndCoordinator(mongo, "873");
        List<String> expected = new ArrayList<>();
        for (int days : new int[] {30, 5, 5, 12, 1}) {
            raise(network, "Due in " + days, network.member(), LocalDate.now().plusDays(days));
        }
        raise(network, "Undated", network.member(), null);
        String base = "/api/actions?network=" + network.id();
        List<String> all = api.get(network.coordinator(), base + "&size=200").expect(200).read("$.items[*].title");
        expected.addAll(List.of("Due in 1", "Due in 5", "Due in 5", "Due in 12", "Due in 30", "Undated"));
        assertThat(all).containsExactlyElementsOf(expected);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = api.get(network.coordinator(), base + "&size=4" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200);
            paged.addAll(page.read("$.items[*].title"));
            cursor = page.field("$.nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void filtersNarrowTheListAndTheCsvHoldsExactlyTheSameRows() {
        Networks network = Networks.withMemberAndCoordinator(mongo, "873");
        String agency = "youth-" + Person.Ids.next();
        String late = raise(network, "Late =SUM(A1)", network.member(), LocalDate.now().minusDays(2));
        String shared = raise(network, "Youth club, evenings", network.member(), LocalDate.now().plusDays(40), agency);
        String done = raise(network, "Finished", network.member(), LocalDate.now().minusDays(5));
        for (String status : List.of("AGREED", "IN_PROGRESS", "DONE")) {
            api.post(network.coordinator(), "/api/actions/%s/status".formatted(done), ActionRequests.status(status, null))
                    .expect(200);
        }
        String base = "/api/actions?network=" + network.id();
        Person coordinator = network.coordinator();

        assertThat(ids(coordinator, base + "&overdue=true")).containsExactly(late);
        assertThat(ids(coordinator, base + "&status=DONE")).containsExactly(done);
        assertThat(ids(coordinator, base + "&q=YOUTH")).containsExactly(shared);
        assertThat(ids(coordinator, base + "&dueAfter=" + LocalDate.now())).containsExactly(shared);
        assertThat(ids(coordinator, base + "&dueBefore=" + LocalDate.now())).containsExactly(done, late);
        assertThat(ids(coordinator, base + "&outcome=STAY_SAFE")).containsExactlyInAnyOrder(late, shared, done);
        assertThat(ids(coordinator, base + "&outcome=BE_HEALTHY")).isEmpty();
        Person youthWorker = Person.staffOf(agency, "873");
        assertThat(ids(youthWorker, "/api/actions?organisation=true")).containsExactly(shared);
        assertThat(ids(youthWorker, "/api/actions?mine=true")).containsExactly(shared);

        Response csv = api.get(coordinator, "/api/actions/export.csv?network=" + network.id() + "&overdue=true")
                .expect(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\"action_id\",\"title\"");
        assertThat(lines[1]).startsWith("\"" + late + "\",\"Late =SUM(A1)\"");
        Response all = api.get(coordinator, "/api/actions/export.csv?network=" + network.id()).expect(200);
        assertThat(all.body().split("\r\n")).hasSize(4);
    }

    @Test
    void theLaSummaryCountsByStatusOutcomeAndNetworkWithOverdueStalledAndCompletionRate() {
        Person officer = Person.laOfficer(LA);
        NetworkFeed first = NetworkFeed.of(LA);
        first.publishAndAwait(mongo, first.formed());
        NetworkFeed second = NetworkFeed.of(LA);
        second.publishAndAwait(mongo, second.formed());
        String a = api.post(officer, "/api/actions", ActionRequests.raise(first.id(), "A", "school-a",
                LocalDate.now().minusDays(1))).expect(201).field("$.id");
        String b = api.post(officer, "/api/actions", ActionRequests.raise(first.id(), "B", "school-b", null))
                .expect(201).field("$.id");
        api.post(officer, "/api/actions", ActionRequests.raise(second.id(), "C", "school-c", null)).expect(201);
        for (String status : List.of("AGREED", "IN_PROGRESS", "DONE")) {
            api.post(officer, "/api/actions/%s/status".formatted(b), ActionRequests.status(status, null)).expect(200);
        }
        api.post(officer, "/api/actions/%s/status".formatted(a), ActionRequests.status("BLOCKED", "No budget"))
                .expect(200);

        Response summary = api.get(officer, "/api/actions/summary?laCode=" + LA).expect(200);
        assertThat(summary.field("$.total")).isEqualTo("3");
        assertThat(summary.field("$.byStatus.DONE")).isEqualTo("1");
        assertThat(summary.field("$.byStatus.BLOCKED")).isEqualTo("1");
        assertThat(summary.field("$.byStatus.PROPOSED")).isEqualTo("1");
        assertThat(summary.field("$.byStatus.CANCELLED")).isEqualTo("0");
        assertThat(summary.field("$.byOutcome.STAY_SAFE")).isEqualTo("3");
        assertThat(summary.field("$.byNetwork['" + first.id() + "']")).isEqualTo("2");
        assertThat(summary.field("$.byNetwork['" + second.id() + "']")).isEqualTo("1");
        assertThat(summary.field("$.overdue")).isEqualTo("1");
        assertThat(summary.field("$.stalled")).isEqualTo("0");
        assertThat(summary.field("$.completionRate")).isEqualTo("0.333");
        api.get(Person.staffOf("school-a", LA), "/api/actions/summary?laCode=" + LA).expect(404);
    }

    @Test
    void theLaSummaryNamesTheOverdueLongestOverdueFirstAndTheStalledLongestQuietFirst() {
        Person officer = Person.laOfficer(ATTENTION_LA);
        NetworkFeed network = NetworkFeed.of(ATTENTION_LA);
        network.publishAndAwait(mongo, network.formed());
        String lateByAWeek = raise(officer, network, "Late by a week", LocalDate.now().minusDays(7));
        String lateByADay = raise(officer, network, "Late by a day", LocalDate.now().minusDays(1));
        String doneLate = raise(officer, network, "Done, though late", LocalDate.now().minusDays(30));
        for (String status : List.of("AGREED", "IN_PROGRESS", "DONE")) {
            api.post(officer, "/api/actions/%s/status".formatted(doneLate), ActionRequests.status(status, null))
                    .expect(200);
        }
        String quietForAMonth = raise(officer, network, "Quiet for a month", null);
        String quietForThreeWeeks = raise(officer, network, "Quiet for three weeks", null);
        raise(officer, network, "Busy", null);
        lastUpdated(quietForAMonth, Duration.ofDays(30));
        lastUpdated(quietForThreeWeeks, Duration.ofDays(21));
        lastUpdated(doneLate, Duration.ofDays(40));

        Response summary = api.get(officer, "/api/actions/summary?laCode=" + ATTENTION_LA).expect(200);

        assertThat(summary.field("$.overdue")).isEqualTo("2");
        assertThat(summary.<List<String>>read("$.overdueActions[*].id")).containsExactly(lateByAWeek, lateByADay);
        assertThat(summary.field("$.overdueActions[0].title")).isEqualTo("Late by a week");
        assertThat(summary.field("$.overdueActions[0].dueDate")).isEqualTo(LocalDate.now().minusDays(7).toString());
        assertThat(summary.field("$.overdueActions[0].networkId")).isEqualTo(network.id());
        assertThat(summary.field("$.overdueActions[0].status")).isEqualTo("PROPOSED");
        assertThat(summary.field("$.stalled")).as("done actions are never stalled").isEqualTo("2");
        assertThat(summary.<List<String>>read("$.stalledActions[*].id"))
                .containsExactly(quietForAMonth, quietForThreeWeeks);
        assertThat(summary.field("$.stalledActions[0].lastUpdatedAt")).isNotBlank();
    }

    @Test
    void aParentsProgressIsTheWeightedAverageOfItsChildrenAndFollowsEveryChange() {
        Networks network = Networks.withMemberAndCoordinator(mongo, "873");
        Person coordinator = network.coordinator();
        String parent = raise(network, "Improve transition", network.member(), null);
        String heavy = api.post(coordinator, "/api/actions", ActionRequests.child(network.id(), "Shared curriculum",
                network.member(), parent, 3)).expect(201).field("$.id");
        String light = api.post(coordinator, "/api/actions", ActionRequests.child(network.id(), "Visits",
                network.member(), parent, 1)).expect(201).field("$.id");
        assertThat(progressOf(coordinator, parent)).isEqualTo("0");

        for (String status : List.of("AGREED", "IN_PROGRESS", "DONE")) {
            api.post(coordinator, "/api/actions/%s/status".formatted(light), ActionRequests.status(status, null))
                    .expect(200);
        }
        assertThat(progressOf(coordinator, parent)).isEqualTo("25");
        api.post(coordinator, "/api/actions/%s/status".formatted(heavy), ActionRequests.status("AGREED", null))
                .expect(200);
        api.post(coordinator, "/api/actions/%s/progress".formatted(heavy), ActionRequests.progress(50)).expect(200);
        assertThat(progressOf(coordinator, parent)).isEqualTo("63");
        api.post(coordinator, "/api/actions/%s/status".formatted(heavy), ActionRequests.status("CANCELLED", "Dropped"))
                .expect(200);
        assertThat(progressOf(coordinator, parent)).as("cancelled children do not count").isEqualTo("100");
        Response log = api.get(coordinator, "/api/actions/%s/updates".formatted(parent)).expect(200);
        assertThat(log.<List<String>>read("$[*].kind")).contains("ROLL_UP");
        assertThat(log.<List<String>>read("$[*].by")).contains("action-tracker");
        Response loop = api.call(coordinator, HttpMethod.PUT, "/api/actions/" + parent, """
                {"title": "Improve transition", "ownerOrganisationId": "%s", "parentId": "%s"}"""
                .formatted(network.member(), light)).expect(400);
        assertThat(loop.body()).contains("parentId");
    }

    @Test
    void theApiDescriptionListsTheActionEndpointsWithoutTheTokenDerivedViewer() {
        Response docs = api.get(null, "/v3/api-docs").expect(200);
        assertThat(docs.<java.util.Map<String, Object>>read("$.paths")).containsKeys("/api/actions",
                "/api/actions/{actionId}", "/api/actions/export.csv", "/api/actions/summary",
                "/api/actions/{actionId}/parties/{organisationId}");
        assertThat(docs.body()).doesNotContain("\"viewer\"");
    }

    private String raise(Networks network, String title, String owner, LocalDate due, String... parties) {
        return api.post(network.coordinator(), "/api/actions",
                ActionRequests.raise(network.id(), title, owner, due, parties)).expect(201).field("$.id");
    }

    private String raise(Person officer, NetworkFeed network, String title, LocalDate due) {
        return api.post(officer, "/api/actions", ActionRequests.raise(network.id(), title, "school-a", due))
                .expect(201).field("$.id");
    }

    /** Moves the last update into the past, as if nobody had touched the action since. */
    private void lastUpdated(String actionId, Duration ago) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(actionId)),
                Update.update("lastUpdatedAt", Instant.now().minus(ago)), Action.class);
    }

    private List<String> ids(Person person, String path) {
        return api.get(person, path).expect(200).read("$.items[*].id");
    }

    private String progressOf(Person person, String id) {
        return api.get(person, "/api/actions/" + id).expect(200).field("$.progress");
    }
}
