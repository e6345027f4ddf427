package uk.org.networkcommons.platform.access;

import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The one rule for the figures a service gives about a whole local authority (its networks, workshops, actions):
 * they are for that LA's officers and the platform admin. Anyone else is told there is nothing there (404), as for the
 * objects behind the figures, so nothing about another LA is revealed.
 */
public final class LocalAuthoritySummaries {

    private LocalAuthoritySummaries() {
    }

    /** The LA the summary is asked for, once the viewer may see it; a malformed code is the caller's 400. */
    public static LaCode requestedBy(Viewer viewer, String laCodeText) {
        LaCode laCode;
        try {
            laCode = LaCode.of(laCodeText == null ? "" : laCodeText.strip());
        } catch (IllegalArgumentException notACode) {
            throw new InvalidRequestException("laCode", "must be the LA's three-digit code, e.g. 873");
        }
        if (!viewer.isPlatformAdmin() && !viewer.isLaOfficerOf(laCode)) {
            throw new NotFoundException("local authority summary", laCode);
        }
        return laCode;
    }
}
