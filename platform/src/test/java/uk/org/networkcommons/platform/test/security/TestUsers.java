package uk.org.networkcommons.platform.test.security;

import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.platform.security.Viewer.Role;

/** The kinds of people the platform serves, each a fresh user with a random subject. */
public final class TestUsers {

    private TestUsers() {
    }

    public static TestUser platformAdmin() {
        return TestUser.named("Platform Admin", Role.PLATFORM_ADMIN);
    }

    /** An officer of local authority {@code laCode}, working for the LA's own organisation. */
    public static TestUser laOfficer(String laCode, OrganisationId organisation) {
        return TestUser.named("LA Officer " + laCode, Role.LA_OFFICER).withLaCode(laCode)
                .withOrganisation(organisation);
    }

    /** Staff of a school or agency. */
    public static TestUser member(OrganisationId organisation) {
        return TestUser.named("Member", Role.MEMBER).withOrganisation(organisation);
    }

    /** Staff of a school or agency in local authority {@code laCode}. */
    public static TestUser member(OrganisationId organisation, String laCode) {
        return member(organisation).withLaCode(laCode);
    }

    /** Signed in, but with no platform role, organisation or LA. */
    public static TestUser withoutRoles() {
        return TestUser.named("No Roles");
    }
}
