package uk.org.networkcommons.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/**
 * The one place a Keycloak access token becomes a {@link Viewer}. Claims the platform does not need to trust blindly
 * are read leniently: a malformed {@code la_code} or an unknown realm role is dropped rather than failing the request,
 * because a mistyped user attribute in Keycloak must cost that user a permission, not lock everyone out with 500s.
 */
public class ViewerJwtConverter implements Converter<Jwt, ViewerAuthentication> {

    public static final String ORGANISATION_CLAIM = "org_id";
    public static final String LA_CODE_CLAIM = "la_code";
    public static final String REALM_ACCESS_CLAIM = "realm_access";
    public static final String ROLES = "roles";

    private static final Logger log = LoggerFactory.getLogger(ViewerJwtConverter.class);

    @Override
    public ViewerAuthentication convert(Jwt jwt) {
        Viewer viewer = toViewer(jwt);
        List<SimpleGrantedAuthority> authorities = viewer.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return new ViewerAuthentication(jwt, viewer, authorities);
    }

    public static Viewer toViewer(Jwt jwt) {
        String subject = text(jwt.getClaims().get("sub")).orElseThrow(
                // the validator already demands a subject; this keeps a decoder without it from producing a 500
                () -> new InvalidBearerTokenException("The access token has no subject"));
        String displayName = text(jwt.getClaims().get("name"))
                .or(() -> text(jwt.getClaims().get("preferred_username")))
                .orElse(subject);
        OrganisationId organisation = text(jwt.getClaims().get(ORGANISATION_CLAIM)).map(OrganisationId::of).orElse(null);
        return new Viewer(UserId.of(subject), displayName, organisation, laCode(jwt, subject), roles(jwt));
    }

    private static LaCode laCode(Jwt jwt, String subject) {
        Optional<String> value = text(jwt.getClaims().get(LA_CODE_CLAIM));
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LaCode.of(value.get());
        } catch (IllegalArgumentException invalid) {
            log.warn("Ignoring the la_code claim of user {}: {}", subject, invalid.getMessage());
            return null;
        }
    }

    private static Set<Viewer.Role> roles(Jwt jwt) {
        Set<Viewer.Role> roles = EnumSet.noneOf(Viewer.Role.class);
        if (jwt.getClaims().get(REALM_ACCESS_CLAIM) instanceof Map<?, ?> realmAccess
                && realmAccess.get(ROLES) instanceof Collection<?> claimed) {
            for (Object role : claimed) {
                if (role instanceof String name) {
                    Viewer.Role.fromClaimValue(name).ifPresent(roles::add);
                }
            }
        }
        return roles;
    }

    /**
     * A non-blank string claim. Keycloak sends a user attribute as a one-element array when its mapper is marked
     * multivalued, so that shape is accepted too.
     */
    private static Optional<String> text(Object claim) {
        Object value = claim instanceof List<?> list && list.size() == 1 ? list.getFirst() : claim;
        return value instanceof String string && !string.isBlank() ? Optional.of(string.strip()) : Optional.empty();
    }
}
