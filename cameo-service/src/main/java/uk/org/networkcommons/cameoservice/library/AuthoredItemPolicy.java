package uk.org.networkcommons.cameoservice.library;

import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.AUTHOR_ID;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.AUTHOR_LA_CODE;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ORIGIN;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SHARING;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.STATUS;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;
import uk.org.networkcommons.cameoservice.library.AuthoredItem.Status;
import uk.org.networkcommons.events.library.Sharing;
import uk.org.networkcommons.platform.access.AuthoredItemVisibility;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Who may read and change authored items, by the platform's {@link AuthoredItemVisibility} rule. A draft is the author's and their LA officers' business; a published (or
 * later retired) item is read by those it is shared with: the author's LA (any role) and the platform admin for
 * {@link Sharing#LA}, everyone signed in for {@link Sharing#EVERYONE}. Only the author and the officers of the author's
 * LA change it. Anyone else is told it does not exist.
 */
public final class AuthoredItemPolicy {

    private AuthoredItemPolicy() {
    }

    /** The platform's {@link AuthoredItemVisibility} rule, the same the gateway applies to this item's events. */
    public static boolean canSee(Viewer viewer, AuthoredItem item) {
        return AuthoredItemVisibility.canSee(viewer, item.status() == Status.DRAFT, item.sharing(), item.authorId(),
                item.authorLaCode());
    }

    public static boolean mayChange(Viewer viewer, AuthoredItem item) {
        return AuthoredItemVisibility.mayChange(viewer, item.authorId(), item.authorLaCode());
    }

    /**
     * The library items the viewer may see, as a query over the shared collection: every shipped item, and the authored
     * ones {@link #canSee} allows. Lists use it, so a list never holds what a detail would answer 404 to.
     */
    static Criteria visibleItems(Viewer viewer) {
        String notDraft = Status.DRAFT.name();
        List<Criteria> any = new ArrayList<>();
        any.add(Criteria.where(ORIGIN).is(Origin.SHIPPED.name()));
        any.add(Criteria.where(ORIGIN).is(Origin.AUTHORED.name()).and(AUTHOR_ID).is(viewer.userId().value()));
        any.add(Criteria.where(ORIGIN).is(Origin.AUTHORED.name()).and(STATUS).ne(notDraft)
                .and(SHARING).is(Sharing.EVERYONE.name()));
        if (viewer.roles().contains(Viewer.Role.LA_OFFICER) && viewer.laCode() != null) {
            any.add(Criteria.where(ORIGIN).is(Origin.AUTHORED.name()).and(AUTHOR_LA_CODE).is(viewer.laCode().value()));
        }
        if (viewer.laCode() != null) {
            any.add(Criteria.where(ORIGIN).is(Origin.AUTHORED.name()).and(STATUS).ne(notDraft)
                    .and(AUTHOR_LA_CODE).is(viewer.laCode().value()));
        }
        if (viewer.isPlatformAdmin()) {
            any.add(Criteria.where(ORIGIN).is(Origin.AUTHORED.name()).and(STATUS).ne(notDraft));
        }
        return new Criteria().orOperator(any);
    }
}
