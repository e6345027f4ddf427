package uk.org.networkcommons.gateway.portal.network;

import java.time.Instant;

/** A person appointed to lead a network ({@code LeaderView}): co-ordinator, co-leader or champion. */
public record Leader(String userId, String displayName, String role, String appointedBy, Instant appointedAt) {
}
