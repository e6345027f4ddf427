package uk.org.networkcommons.platform.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Viewer of the request being served, for code that is not a controller (controllers take a {@code Viewer}
 * parameter instead). Reads Spring Security's context, so it only answers on the request's own thread.
 */
public final class CurrentViewer {

    private CurrentViewer() {
    }

    /** The signed-in viewer, or empty for an anonymous request (e.g. to a public endpoint). */
    public static Optional<Viewer> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Viewer viewer
                ? Optional.of(viewer)
                : Optional.empty();
    }

    /**
     * The signed-in viewer.
     *
     * @throws AuthenticationCredentialsNotFoundException when nobody is signed in; answered as 401
     */
    public static Viewer get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in viewer"));
    }
}
