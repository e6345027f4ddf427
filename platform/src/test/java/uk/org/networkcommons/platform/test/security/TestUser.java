package uk.org.networkcommons.platform.test.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * A person as Keycloak would describe them in an access token. {@code laCode} is kept as the raw claim text so tests
 * can also send malformed codes.
 *
 * @param subject        the {@code sub} claim, a random UUID unless set
 * @param username       {@code preferred_username}
 * @param name           {@code name}; null to leave the claim out
 * @param organisationId {@code org_id}; null to leave the claim out
 * @param laCode         {@code la_code}; null to leave the claim out
 * @param roles          the realm roles in {@code realm_access.roles}, as Keycloak spells them
 */
public record TestUser(String subject, String username, String name, OrganisationId organisationId, String laCode,
        Set<String> roles) {

    public TestUser {
        roles = Set.copyOf(roles);
    }

    public static TestUser named(String name, Viewer.Role... roles) {
        Set<String> claimed = new LinkedHashSet<>();
        for (Viewer.Role role : roles) {
            claimed.add(role.claimValue());
        }
        String username = name.toLowerCase().replaceAll("[^a-z0-9]+", ".");
        return new TestUser(UUID.randomUUID().toString(), username, name, null, null, claimed);
    }

    /** A user with exactly these claims, e.g. to adapt a service's own test persons; nulls leave claims out. */
    public static TestUser of(String subject, String organisationId, String laCode,
            Collection<Viewer.Role> roles) {
        Set<String> claimed = new LinkedHashSet<>();
        roles.forEach(role -> claimed.add(role.claimValue()));
        return new TestUser(subject, subject, null, organisationId == null ? null : OrganisationId.of(organisationId),
                laCode, claimed);
    }

    public UserId userId() {
        return UserId.of(subject);
    }

    public TestUser withSubject(String newSubject) {
        return new TestUser(newSubject, username, name, organisationId, laCode, roles);
    }

    public TestUser withName(String newName) {
        return new TestUser(subject, username, newName, organisationId, laCode, roles);
    }

    public TestUser withOrganisation(OrganisationId organisation) {
        return new TestUser(subject, username, name, organisation, laCode, roles);
    }

    public TestUser withLaCode(String code) {
        return new TestUser(subject, username, name, organisationId, code, roles);
    }

    /** Realm roles by their Keycloak names, including ones the platform does not know. */
    public TestUser withRealmRoles(String... realmRoles) {
        return new TestUser(subject, username, name, organisationId, laCode, Set.of(realmRoles));
    }

    /** The Viewer the platform should build from this user's token. */
    public Viewer expectedViewer() {
        Set<Viewer.Role> known = EnumSet.noneOf(Viewer.Role.class);
        roles.forEach(role -> Viewer.Role.fromClaimValue(role).ifPresent(known::add));
        LaCode la = null;
        if (laCode != null) {
            try {
                la = LaCode.of(laCode);
            } catch (IllegalArgumentException invalid) {
                la = null;
            }
        }
        String displayName = name != null ? name : username != null ? username : subject;
        return new Viewer(userId(), displayName, organisationId, la, known);
    }
}
