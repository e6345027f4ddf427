package uk.org.networkcommons.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.NetworkAccess;

class ProjectionRebuildTest {

    private final NetworkAccess last = new NetworkAccess(NetworkId.of("n-1"), LaCode.of("901"),
            Set.of(OrganisationId.of("org-b"), OrganisationId.of("org-a")), Set.of(UserId.of("u-1")),
            Set.of(UserId.of("u-2"), UserId.of("u-1")), false);

    /** As NetworkAccessProjection stores a network: ids as sorted lists of strings. */
    private static Document projected(List<String> members) {
        return new Document("_id", "n-1").append("laCode", "901").append("memberOrganisationIds", members)
                .append("coordinatorIds", List.of("u-1")).append("leaderIds", List.of("u-1", "u-2"))
                .append("dissolved", false).append("appliedVersion", 20L);
    }

    @Test
    void aProjectedNetworkMatchesTheAccessItsLastEventCarried() {
        assertThat(ProjectionRebuild.matches(projected(List.of("org-a", "org-b")), last)).isTrue();
    }

    @Test
    void aProjectedNetworkMissingAMemberOfItsLastEventDoesNotMatch() {
        assertThat(ProjectionRebuild.matches(projected(List.of("org-a")), last)).isFalse();
    }

    @Test
    void aProjectedNetworkThatNoHistoryHadDoesNotMatch() {
        assertThat(ProjectionRebuild.matches(projected(List.of("org-a", "org-b")), null)).isFalse();
    }
}
