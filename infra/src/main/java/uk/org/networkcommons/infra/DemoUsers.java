package uk.org.networkcommons.infra;

import java.util.List;

/**
 * The demo sign-ins of {@code infra/keycloak/realm-network-commons.json}, printed when the platform is ready. A test
 * holds this list to the realm file. LOCAL USE ONLY: the password is published, and the realm is only ever served on
 * the loopback address.
 */
public final class DemoUsers {

    public static final String PASSWORD = "local-demo";
    public static final String REALM = "network-commons";
    public static final String CLI_CLIENT = "network-commons-cli";
    /** A service account acting as an officer of the demo's LA, for machine-to-machine calls (client credentials). */
    public static final String DASHBOARD_CLIENT = "network-commons-dashboard";

    /** The one local authority of the demo. 901 is not the code of any real local authority in England. */
    public static final String LA_CODE = "901";

    /**
     * A demo user: the sign-in name, the fixed Keycloak user id (the token's {@code sub}, so demo data can appoint them
     * by id), the realm role, and what the token's {@code org_id} and {@code la_code} say about them.
     */
    public record DemoUser(String username, String userId, String role, String organisationId, String laCode,
                           String describe) {
    }

    /** The demo organisations, by the ids the demo data registers them with. */
    public record DemoOrganisation(String id, String name, String kind) {
    }

    public static final DemoOrganisation LOCAL_AUTHORITY = new DemoOrganisation(
            "a0000901-0000-4000-8000-000000000001", "Fernmoor Borough Council", "local authority 901");
    public static final DemoOrganisation PRIMARY_SCHOOL = new DemoOrganisation(
            "a0000901-0000-4000-8000-000000000002", "Fernmoor Primary School", "school");
    public static final DemoOrganisation ACADEMY = new DemoOrganisation(
            "a0000901-0000-4000-8000-000000000003", "Brook Lane Academy", "school");
    public static final DemoOrganisation PARTNER_AGENCY = new DemoOrganisation(
            "a0000901-0000-4000-8000-000000000004", "Fernmoor Youth and Family Service", "partner agency");

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("la.officer", "b0000901-0000-4000-8000-000000000001",
                    "la-officer", LOCAL_AUTHORITY.id(), LA_CODE,
                    "LA officer of " + LOCAL_AUTHORITY.name() + " (LA " + LA_CODE + ")"),
            new DemoUser("coordinator", "b0000901-0000-4000-8000-000000000002",
                    "member", PRIMARY_SCHOOL.id(), null,
                    "staff of " + PRIMARY_SCHOOL.name() + "; co-ordinates three networks in the demo data"),
            new DemoUser("head.teacher", "b0000901-0000-4000-8000-000000000003",
                    "member", ACADEMY.id(), null, "staff of " + ACADEMY.name()
                    + "; co-ordinates the 14-19 partnership in the demo data"),
            new DemoUser("partner.worker", "b0000901-0000-4000-8000-000000000004",
                    "member", PARTNER_AGENCY.id(), null, "staff of " + PARTNER_AGENCY.name()
                    + ", a partner agency in two networks"),
            new DemoUser("platform.admin", "b0000901-0000-4000-8000-000000000005",
                    "platform-admin", null, null, "platform administrator"));

    private DemoUsers() {
    }
}
