package uk.org.networkcommons.networkservice.hostile;

import uk.org.networkcommons.networkservice.support.Api;
import uk.org.networkcommons.platform.test.api.JsonExamples;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;

/**
 * A network of LA 873, made through the API by its officer: a member school with staff who co-ordinate the network,
 * a school that left, a school with a pending join request, an agreement; and schools, an LA officer and an agency
 * who have nothing to do with it. Every value an endpoint needs is filled in, with the officer as the owner who may do
 * everything.
 */
final class Fixtures {

    static final String LA = "873";
    static final String OTHER_LA = "872";

    private final Api api;

    Fixtures(Api api) {
        this.api = api;
    }

    Fixture network() {
        long n = Person.Ids.next();
        Person officer = Person.laOfficer(LA);
        String member = api.registerSchool(LA, "Hostile Member " + n);
        String former = api.registerSchool(LA, "Hostile Former " + n);
        String outsider = api.registerSchool(LA, "Hostile Outsider " + n);
        String applicant = api.registerSchool(LA, "Hostile Applicant " + n);
        String joiner = api.registerSchool(LA, "Hostile Joiner " + n);
        String name = "Hostile Network " + java.util.UUID.randomUUID();
        String networkId = api.post(officer, "/api/networks", Api.networkJson(LA, name)).expect(201).field("$.id");
        api.admit(LA, networkId, member, "2024-09-01");
        api.admit(LA, networkId, former, "2024-09-01");
        api.post(officer, "/api/networks/%s/members/%s/departure".formatted(networkId, former),
                "{\"effectiveOn\": \"2025-07-31\"}").expect(200);
        Person coordinator = Person.staffOf(member, LA);
        api.post(officer, "/api/networks/%s/leaders".formatted(networkId), """
                {"userId": "%s", "displayName": "Co-ordinator", "role": "COORDINATOR"}
                """.formatted(coordinator.userId())).expect(201);
        String requestId = api.post(Person.staffOf(applicant, LA),
                "/api/organisations/%s/join-requests".formatted(applicant),
                "{\"networkId\": \"%s\", \"role\": \"MEMBER\"}".formatted(networkId)).expect(202).field("$.id");
        api.post(officer, "/api/networks/%s/agreement".formatted(networkId), """
                {"basedOnVersion": 0, "jointObjectives": "Share CPD", "serviceLevelAgreements": [],
                 "withdrawalTerms": "A term's notice"}""").expect(201);

        return Fixture.ownedBy(officer)
                .hidden("networkId", networkId)
                .hidden("requestId", requestId)
                .secret(name)
                .value("organisationId", member)
                .value("userId", coordinator.userId())
                .value("version", "1")
                .field("laCode", LA)
                // optional fields a fuzzer fills in must name real things to get past validation
                .field("parentNetworkId", JsonExamples.ABSENT)
                .field("providedBy", member)
                .field("basedOnVersion", 1)
                .value("GET /api/networks/summary", "laCode", LA)
                // the platform admin's choice of id is tested in OrganisationIdChoiceIntegrationTest
                .field("POST /api/organisations", "id", JsonExamples.ABSENT)
                .field("POST /api/organisations", "kind", "PARTNER_AGENCY")
                .field("POST /api/organisations", "agencyType", "HEALTH")
                .field("PUT /api/organisations/{organisationId}", "urn", String.valueOf(200000 + n % 800000))
                .field("PUT /api/organisations/{organisationId}", "phase", "PRIMARY")
                .field("POST /api/networks/{networkId}/members", "organisationId", outsider)
                .field("POST /api/organisations/{organisationId}/join-requests", "networkId", networkId)
                .value("POST /api/organisations/{organisationId}/join-requests", "organisationId", joiner)
                .owner("POST /api/organisations/{organisationId}/join-requests", Person.staffOf(joiner, LA))
                .query("GET /api/networks", "name=" + name)
                .stranger("officer of another LA", Person.laOfficer(OTHER_LA))
                .stranger("staff of an unrelated school", Person.staffOf(outsider, LA))
                .stranger("staff of a former member", Person.staffOf(former, LA))
                .stranger("staff of an applicant", Person.staffOf(applicant, LA))
                .stranger("staff of an agency of another LA",
                        Person.staffOf(api.registerAgency(OTHER_LA, "Hostile Agency " + n), OTHER_LA));
    }
}
