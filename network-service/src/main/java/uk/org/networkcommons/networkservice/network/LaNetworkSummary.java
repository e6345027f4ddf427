package uk.org.networkcommons.networkservice.network;

import java.util.List;
import java.util.Map;
import uk.org.networkcommons.events.network.NetworkType;

/**
 * An LA's networks at a glance, for its officers' dashboard. Counts are of active networks; a network with several
 * focuses counts once under each.
 *
 * @param byType                every network type, with 0 for those the LA has none of
 * @param byFocus               every focus, with 0 for those no active network has
 * @param memberOrganisationIds the organisations that are members of at least one of the LA's active networks today,
 *                              sorted; the dashboard matches them against the LA's schools in the register
 * @param networks              every network of the LA, active and dissolved, by name, so ids can be shown as names
 */
public record LaNetworkSummary(String laCode, long active, long dissolved, Map<String, Long> byType,
        Map<String, Long> byFocus, List<String> memberOrganisationIds, List<NetworkName> networks) {

    public LaNetworkSummary {
        byType = Map.copyOf(byType);
        byFocus = Map.copyOf(byFocus);
        memberOrganisationIds = List.copyOf(memberOrganisationIds);
        networks = List.copyOf(networks);
    }

    /** A network of the LA, enough to name and link it. */
    public record NetworkName(String id, String name, NetworkType type, Network.Status status, int memberCount) {
    }
}
