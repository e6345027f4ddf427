package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;

/**
 * An unknown network or workshop is not found even for the admin, and a network's workshop list is shown only to
 * those who can see the network. That every endpoint hides a workshop from those who may not see its network, as if
 * it did not exist, and works for its co-ordinator and LA officer, is checked for the whole OpenAPI document by
 * {@link uk.org.networkcommons.cameoservice.hostile.AuthorizationMatrixTest}.
 */
class WorkshopVisibilityIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OTHER_LA = "872";

    @Autowired
    MongoTemplate mongo;

    /**
     * A network (known only from its events) with a member school taking part, a former member, a partner agency that
     * takes part without being a member, and a co-ordinator; one scheduled workshop with a dimension and a proposal.
     */
    record Fixture(String networkId, String member, String formerMember, String outsider, String guestAgency,
            Person coordinator, String workshopId, String proposalId) {
    }

    @Test
    void anUnknownNetworkOrWorkshopIsNotFoundEvenForThePlatformAdmin() {
        api.get(Person.admin(), "/api/networks/no-such-network/workshops").expect(404);
        api.get(Person.admin(), "/api/networks/no-such-network/self-assessments").expect(404);
        api.post(Person.admin(), "/api/networks/no-such-network/workshops", WorkshopRequests.plan("Nowhere"))
                .expect(404);
        api.get(Person.admin(), "/api/workshops/no-such-workshop").expect(404);
    }

    @Test
    void listsAreOnlyShownToThoseWhoCanSeeTheNetwork() {
        Fixture fixture = fixture();
        String list = "/api/networks/%s/workshops".formatted(fixture.networkId());
        assertThat(api.get(Person.staffOf(fixture.member(), LA), list).expect(200).<List<String>>read("$[*].id"))
                .containsExactly(fixture.workshopId());
        api.get(Person.staffOf(fixture.guestAgency(), LA), list).expect(404);
        api.get(Person.laOfficer(OTHER_LA), list).expect(404);
    }

    private Fixture fixture() {
        String member = "school-" + Person.Ids.next();
        String former = "school-" + Person.Ids.next();
        String outsider = "school-" + Person.Ids.next();
        String guestAgency = "agency-" + Person.Ids.next();
        Person coordinator = Person.staffOf(member, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(member), network.joined(former),
                network.left(former), network.appointedCoordinator(coordinator.userId()));
        String workshop = "/api/workshops/" + api.post(coordinator,
                "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Autumn review", member, former, guestAgency)).expect(201).field("$.id");
        api.call(coordinator, HttpMethod.PUT, workshop + "/dimensions/capacity",
                WorkshopRequests.dimension("Capacity", 2, 3)).expect(200);
        String proposalId = api.post(coordinator, workshop + "/proposed-actions",
                WorkshopRequests.action("Share a business manager", member, null)).expect(201).field("$.proposalId");
        return new Fixture(network.id(), member, former, outsider, guestAgency, coordinator,
                workshop.substring("/api/workshops/".length()), proposalId);
    }
}
