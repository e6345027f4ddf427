package uk.org.networkcommons.cameoservice.hostile;

import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.cameoservice.support.Authoring;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;
import uk.org.networkcommons.platform.test.api.Api;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;

/**
 * A network of a fresh LA, known to cameo-service only from its events, with a member school whose staff co-ordinate
 * it, a school that left, and an agency taking part in its workshop without being a member; one workshop with a
 * dimension and a proposed action; a draft cameo and a published LA-shared one by an officer of the LA. Every value an
 * endpoint needs is filled in, with that officer as the owner who may do everything. A fresh LA per fixture keeps the
 * officer's lists short enough to show the fixture's own items on their first page.
 */
final class Fixtures {

    static final String CO_ORDINATOR = "the network's co-ordinator";
    static final String STAFF_OF_UNRELATED_SCHOOL = "staff of an unrelated school of the LA";
    static final String STAFF_OF_FORMER_MEMBER = "staff of a former member";
    static final String STAFF_OF_GUEST_AGENCY = "staff of an agency taking part, not a member";

    private final Api api;
    private final MongoOperations mongo;

    Fixtures(Api api, MongoOperations mongo) {
        this.api = api;
        this.mongo = mongo;
    }

    Fixture workshopAndAuthoredItems() {
        long n = Person.Ids.next();
        String la = String.valueOf(300 + n % 400);
        String otherLa = String.valueOf(700 + n % 100);
        Person officer = Person.laOfficer(la);
        String member = "school-" + n;
        String former = "former-school-" + n;
        String outsider = "outsider-school-" + n;
        String guestAgency = "guest-agency-" + n;
        Person coordinator = Person.staffOf(member, la);
        NetworkFeed network = NetworkFeed.of(la);
        network.publishAndAwait(mongo, network.formed(), network.joined(member), network.joined(former),
                network.left(former), network.appointedCoordinator(coordinator.userId()));
        String title = "Hostile workshop " + UUID.randomUUID();
        String workshopId = api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan(title, member, former, guestAgency)).expect(201).field("$.id");
        String workshop = "/api/workshops/" + workshopId;
        api.call(coordinator, HttpMethod.PUT, workshop + "/dimensions/capacity",
                WorkshopRequests.dimension("Capacity", 2, 3)).expect(200);
        String proposalId = api.post(coordinator, workshop + "/proposed-actions",
                WorkshopRequests.action("Share a business manager", member, null)).expect(201).field("$.proposalId");
        Authoring authoring = new Authoring(api);
        String draftTitle = "Hostile draft " + UUID.randomUUID();
        String draft = authoring.draft(officer, Authoring.cameoJson(draftTitle, "LA"));
        String published = authoring.publishedCameo(officer, "Hostile LA cameo " + UUID.randomUUID(), "LA");

        return Fixture.ownedBy(officer)
                .hidden("networkId", network.id())
                .hidden("workshopId", workshopId)
                .hidden("proposalId", proposalId)
                .hidden("itemId", draft)
                .hidden(published)
                .secret(title)
                .secret(draftTitle)
                // published for the LA: its staff read it, whatever their school; only the author's LA officers change it
                .visibleTo(published, STAFF_OF_UNRELATED_SCHOOL, STAFF_OF_FORMER_MEMBER, STAFF_OF_GUEST_AGENCY)
                .value("POST /api/library/authored/{itemId}/retirement", "itemId", published)
                .value("GET /api/workshops/summary", "laCode", la)
                .value("dimensionKey", "capacity")
                .value("challengeId", "challenge-capacity")
                .value("cameoId", "cameo-capacity-1")
                .value("scenarioId", "scenario-alliance")
                .field("ownerOrganisationId", member)
                .field("summary", "Four schools share one transition mentor")
                // optional fields a fuzzer fills in must name real library items to get past validation
                .field("challengeIds", List.of("challenge-capacity"))
                .field("cameoIds", List.of("cameo-capacity-1"))
                .field("scenarioIds", List.of("scenario-alliance"))
                .field("questionIds", List.of("challenge-capacity-q1"))
                .field("participantOrganisationIds", List.of(member, guestAgency))
                .field("originQuestionId", "challenge-capacity-q1")
                .field("originCameoId", "cameo-capacity-1")
                .field("dimensionKey", "capacity")
                .query("GET /api/library/authored", "size=200")
                .alsoAllowed(CO_ORDINATOR, coordinator)
                .stranger("officer of another LA", Person.laOfficer(otherLa))
                .stranger(STAFF_OF_UNRELATED_SCHOOL, Person.staffOf(outsider, la))
                .stranger(STAFF_OF_FORMER_MEMBER, Person.staffOf(former, la))
                .stranger(STAFF_OF_GUEST_AGENCY, Person.staffOf(guestAgency, la))
                .stranger("staff of an agency of another LA", Person.staffOf("agency-" + n, otherLa));
    }
}
