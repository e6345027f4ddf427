package uk.org.networkcommons.platform.security;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * A request authenticated by a validated access token. The principal is the {@link Viewer}, so code that asks Spring
 * Security for the principal gets the platform's own type; the token stays available for services that must forward
 * it. The authorities are {@code ROLE_PLATFORM_ADMIN}, {@code ROLE_LA_OFFICER} and {@code ROLE_MEMBER}, so
 * {@code hasRole("PLATFORM_ADMIN")} works in authorization rules.
 */
public final class ViewerAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    public ViewerAuthentication(Jwt token, Viewer viewer, Collection<? extends GrantedAuthority> authorities) {
        super(token, viewer, token, authorities);
        setAuthenticated(true);
    }

    public Viewer viewer() {
        return (Viewer) getPrincipal();
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    /** The subject, so logs and audit records name the user rather than printing the whole Viewer. */
    @Override
    public String getName() {
        return viewer().userId().value();
    }
}
