package uk.org.networkcommons.cameoservice.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.library.AuthoredItemKind;
import uk.org.networkcommons.events.library.Sharing;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.security.Viewer.Role;

class AuthoredItemPolicyTest {

    private static final LaCode LA = LaCode.of("873");
    private static final Viewer AUTHOR = viewer("author", "873", Role.MEMBER);
    private static final Viewer OFFICER = viewer("officer", "873", Role.LA_OFFICER);
    private static final Viewer COLLEAGUE = viewer("colleague", "873", Role.MEMBER);
    private static final Viewer OTHER_OFFICER = viewer("other-officer", "874", Role.LA_OFFICER);
    private static final Viewer OTHER_STAFF = viewer("other-staff", "874", Role.MEMBER);
    private static final Viewer NO_LA = viewer("agency", null, Role.MEMBER);
    private static final Viewer ADMIN = viewer("admin", null, Role.PLATFORM_ADMIN);

    @Test
    void aDraftIsTheAuthorsAndTheirLaOfficersOnly() {
        AuthoredItem draft = item(Sharing.EVERYONE, false);

        assertThat(seeing(draft)).containsExactly(AUTHOR, OFFICER);
        assertThat(AuthoredItemPolicy.mayChange(AUTHOR, draft)).isTrue();
        assertThat(AuthoredItemPolicy.mayChange(OFFICER, draft)).isTrue();
    }

    @Test
    void aPublishedLaSharedItemIsReadInTheAuthorsLaAndByThePlatformAdmin() {
        assertThat(seeing(item(Sharing.LA, true))).containsExactly(AUTHOR, OFFICER, COLLEAGUE, ADMIN);
    }

    @Test
    void aPublishedItemSharedWithEveryoneIsReadByEveryone() {
        assertThat(seeing(item(Sharing.EVERYONE, true))).hasSize(7);
    }

    @Test
    void onlyTheAuthorAndOfficersOfTheAuthorsLaChangeIt() {
        AuthoredItem published = item(Sharing.EVERYONE, true);

        assertThat(all().stream().filter(viewer -> AuthoredItemPolicy.mayChange(viewer, published)))
                .containsExactly(AUTHOR, OFFICER);
    }

    private static List<Viewer> seeing(AuthoredItem item) {
        return all().stream().filter(viewer -> AuthoredItemPolicy.canSee(viewer, item)).toList();
    }

    private static List<Viewer> all() {
        return List.of(AUTHOR, OFFICER, COLLEAGUE, OTHER_OFFICER, OTHER_STAFF, NO_LA, ADMIN);
    }

    private static AuthoredItem item(Sharing sharing, boolean published) {
        AuthoredItem item = AuthoredItem.draft("authored-policy", new AuthoredContent(AuthoredItemKind.QUESTION_SET,
                "Policy", null, List.of(new AuthoredContent.QuestionText(null, "Who sees this?")), List.of(), Set.of(),
                null, null, sharing), AUTHOR.userId(), LA, Clock.systemUTC());
        if (published) {
            item.publish(Clock.systemUTC());
        }
        return item;
    }

    private static Viewer viewer(String id, String laCode, Role role) {
        return new Viewer(UserId.of(id), id, OrganisationId.of("org-" + id), laCode == null ? null : LaCode.of(laCode),
                Set.of(role));
    }
}
