package uk.org.networkcommons.gateway.portal.home;

import java.time.Instant;

/**
 * One thing that happened, in words a person reads ("Oakfield Primary joined North Cluster").
 *
 * @param occurredAt when it happened, or null if the source does not know
 * @param networkId  the network it happened in, to link to, or null
 */
public record Activity(String description, Instant occurredAt, String networkId) {
}
