package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;
import uk.org.networkcommons.cameoservice.workshop.Workshop;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * The LA summary counts the workshops held (completed) and planned across an LA's networks, names the latest held,
 * and is only for the LA's officers and the admin: everyone else gets the 404 a summary that does not exist gets.
 */
class WorkshopSummaryIntegrationTest extends IntegrationTestBase {

    /** An LA of its own, so the summary counts only this test's workshops. */
    static final String LA = "302";

    @Autowired
    MongoTemplate mongo;

    @Test
    void countsHeldAndPlannedWorkshopsPerNetworkAndNamesTheLatestHeldFirst() {
        Person officer = Person.laOfficer(LA);
        NetworkFeed first = network();
        NetworkFeed second = network();
        String autumn = schedule(officer, first, "Autumn review", LocalDate.now().minusMonths(2));
        String spring = schedule(officer, first, "Spring review", LocalDate.now().minusDays(3));
        String transition = schedule(officer, second, "Transition planning", LocalDate.now().minusDays(10));
        schedule(officer, second, "Summer review", LocalDate.now().plusMonths(1));
        for (String workshop : List.of(autumn, spring, transition)) {
            api.post(officer, "/api/workshops/%s/completion".formatted(workshop), null).expect(200);
        }

        Response summary = api.get(officer, "/api/workshops/summary?laCode=" + LA).expect(200);

        assertThat(summary.field("$.laCode")).isEqualTo(LA);
        assertThat(summary.field("$.total")).isEqualTo("4");
        assertThat(summary.field("$.held")).isEqualTo("3");
        assertThat(summary.field("$.planned")).isEqualTo("1");
        assertThat(summary.field("$.heldByNetwork['" + first.id() + "']")).isEqualTo("2");
        assertThat(summary.field("$.heldByNetwork['" + second.id() + "']")).isEqualTo("1");
        assertThat(summary.<List<String>>read("$.recentlyHeld[*].id")).containsExactly(spring, transition, autumn);
        assertThat(summary.<List<String>>read("$.recentlyHeld[*].title"))
                .containsExactly("Spring review", "Transition planning", "Autumn review");
        assertThat(summary.field("$.recentlyHeld[0].networkId")).isEqualTo(first.id());
        assertThat(api.get(Person.admin(), "/api/workshops/summary?laCode=" + LA).expect(200).field("$.held"))
                .isEqualTo("3");
    }

    @Test
    void onlyTheLasOfficersAndTheAdminMaySeeItAndEveryoneElseIsToldThereIsNothingThere() {
        NetworkFeed network = network();
        Person coordinator = Person.staffOf("school-" + Person.Ids.next(), LA);
        network.publishAndAwait(mongo, network.appointedCoordinator(coordinator.userId()));
        for (Person stranger : List.of(Person.laOfficer("872"), coordinator, Person.staffOf("school-x", LA))) {
            Response response = api.get(stranger, "/api/workshops/summary?laCode=" + LA).expect(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.field("$.detail")).isEqualTo("No local authority summary with id " + LA);
        }
        api.get(null, "/api/workshops/summary?laCode=" + LA).expect(401);
        assertThat(api.get(Person.laOfficer("303"), "/api/workshops/summary?laCode=303").expect(200).field("$.total"))
                .as("an LA without workshops has a summary of nothing").isEqualTo("0");
    }

    @Test
    void theSummaryFindsAnLasWorkshopsThroughAnIndexOnTheLaCode() {
        assertThat(mongo.indexOps(Workshop.class).getIndexInfo())
                .anySatisfy(index -> assertThat(index.getIndexFields())
                        .extracting(field -> field.getKey()).containsExactly("laCode"));
    }

    @Test
    void aMalformedOrMissingLaCodeIsABadRequestNamingTheParameter() {
        assertThat(api.get(Person.admin(), "/api/workshops/summary?laCode=87").expect(400).body()).contains("laCode");
        assertThat(api.get(Person.admin(), "/api/workshops/summary").expect(400).body()).contains("laCode");
    }

    private NetworkFeed network() {
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed());
        return network;
    }

    private String schedule(Person officer, NetworkFeed network, String title, LocalDate date) {
        return api.post(officer, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan(title, date)).expect(201).field("$.id");
    }
}
