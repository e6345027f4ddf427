package uk.org.networkcommons.networkservice.support;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.api.Tokens;

/** Calls network-service's API as a person, with shortcuts for the fixtures most tests need. */
public final class Api extends uk.org.networkcommons.platform.test.api.Api {

    private static final AtomicLong URNS = new AtomicLong(100000);

    public Api(MockMvc mvc, Tokens tokens) {
        super(mvc, tokens);
    }

    /** Registers a school in the LA as an officer of that LA and returns its id. */
    public String registerSchool(String laCode, String name) {
        String json = """
                {"name": "%s", "kind": "SCHOOL", "laCode": "%s", "urn": "%d", "phase": "PRIMARY"}
                """.formatted(name, laCode, URNS.incrementAndGet());
        return post(Person.laOfficer(laCode), "/api/organisations", json).expect(201).field("$.id");
    }

    public String registerAgency(String laCode, String name) {
        String json = """
                {"name": "%s", "kind": "PARTNER_AGENCY", "laCode": "%s", "agencyType": "HEALTH"}
                """.formatted(name, laCode);
        return post(Person.laOfficer(laCode), "/api/organisations", json).expect(201).field("$.id");
    }

    /** Forms a network in the LA as one of its officers and returns its id. */
    public String formNetwork(String laCode, String name) {
        return post(Person.laOfficer(laCode), "/api/networks", networkJson(laCode, name)).expect(201).field("$.id");
    }

    public static String networkJson(String laCode, String name) {
        return """
                {"laCode": "%s", "details": {"name": "%s", "type": "CLUSTER", "basis": "GEOGRAPHIC",
                 "focus": ["SCHOOL_IMPROVEMENT", "EVERY_CHILD_MATTERS_OUTCOMES"],
                 "continuumForm": "SOFT_FEDERATION_NO_DELEGATED_POWERS", "governanceModel": "ALLIANCE",
                 "objectives": "Raise attainment at transition"}}
                """.formatted(laCode, name);
    }

    public void admit(String laCode, String networkId, String organisationId, String effectiveFrom) {
        post(Person.laOfficer(laCode), "/api/networks/" + networkId + "/members", """
                {"organisationId": "%s", "role": "MEMBER", "effectiveFrom": %s}
                """.formatted(organisationId, effectiveFrom == null ? "null" : "\"" + effectiveFrom + "\"")).expect(201);
    }
}
