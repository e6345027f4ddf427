package uk.org.networkcommons.platform.security;

import java.util.Optional;
import java.util.Set;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/**
 * The person (or service account) behind a request, built once from the validated Keycloak token: subject,
 * {@code org_id}, {@code la_code} and {@code realm_access.roles}. Every authorization decision takes a Viewer.
 *
 * @param organisationId the organisation the person works for; null when the token carries none
 * @param laCode         the local authority the person belongs to; null when the token carries none
 */
public record Viewer(UserId userId, String displayName, OrganisationId organisationId, LaCode laCode, Set<Role> roles) {

    public enum Role {
        PLATFORM_ADMIN("platform-admin"), LA_OFFICER("la-officer"), MEMBER("member");

        private final String claimValue;

        Role(String claimValue) {
            this.claimValue = claimValue;
        }

        public String claimValue() {
            return claimValue;
        }

        /** The role a Keycloak realm role stands for; empty for realm roles the platform does not use. */
        public static Optional<Role> fromClaimValue(String claimValue) {
            for (Role role : values()) {
                if (role.claimValue.equals(claimValue)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        }
    }

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    /** An officer of exactly this local authority. */
    public boolean isLaOfficerOf(LaCode la) {
        return roles.contains(Role.LA_OFFICER) && laCode != null && laCode.equals(la);
    }

    /** Staff of exactly this organisation. */
    public boolean worksFor(OrganisationId organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }

    public boolean worksForAnyOf(Set<OrganisationId> organisations) {
        return organisationId != null && organisations.contains(organisationId);
    }
}
