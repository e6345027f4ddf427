package uk.org.networkcommons.networkservice.network;

import java.time.Instant;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.LeadershipRole;

/** A person appointed to lead a network: co-ordinator, co-leader or champion. */
public record Leader(UserId userId, String displayName, LeadershipRole role, UserId appointedBy, Instant appointedAt) {
}
