package uk.org.networkcommons.platform.access;

import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.library.Sharing;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The platform's one rule for authored library items, decided on what every library event carries. A draft is the
 * author's and their LA officers' business (not even the platform admin reads it); a published or retired item is
 * read by those it is shared with: the author's LA (any role) and the platform admin for {@link Sharing#LA}, everyone
 * signed in for {@link Sharing#EVERYONE}. Only the author and the officers of the author's LA change it. cameo-service
 * applies it to its items, the gateway's event stream to library events.
 */
public final class AuthoredItemVisibility {

    private AuthoredItemVisibility() {
    }

    /** @param draft whether the item is (still) a draft; published and retired items are read alike */
    public static boolean canSee(Viewer viewer, boolean draft, Sharing sharing, UserId authorId, LaCode authorLaCode) {
        if (mayChange(viewer, authorId, authorLaCode)) {
            return true;
        }
        if (draft) {
            return false;
        }
        return sharing == Sharing.EVERYONE || viewer.isPlatformAdmin()
                || (authorLaCode != null && authorLaCode.equals(viewer.laCode()));
    }

    public static boolean mayChange(Viewer viewer, UserId authorId, LaCode authorLaCode) {
        return viewer.userId().equals(authorId) || viewer.isLaOfficerOf(authorLaCode);
    }
}
