package uk.org.networkcommons.gateway.portal.network;

import java.util.ArrayList;
import java.util.List;

import uk.org.networkcommons.platform.security.Viewer;

/**
 * The parts a person plays in a network, in words, worked out from what network-service shows them (the network,
 * its members and its leaders) with the platform's own rule for who runs a network. Used to label a network and to
 * offer only the buttons the services would accept; the services still decide.
 */
public final class NetworkRoles {

    private NetworkRoles() {
    }

    /** E.g. "Co-ordinator", "LA officer", "Staff of the lead organisation"; empty when none applies. */
    public static List<String> of(Viewer viewer, Network network, List<Member> members, List<Leader> leaders) {
        List<String> roles = new ArrayList<>();
        if (viewer.isPlatformAdmin()) {
            roles.add("Platform admin");
        }
        if (governs(viewer, network) && !viewer.isPlatformAdmin()) {
            roles.add("LA officer");
        }
        for (Leader leader : leaders) {
            if (leader.userId().equals(viewer.userId().value())) {
                roles.add(switch (leader.role()) {
                    case "COORDINATOR" -> "Co-ordinator";
                    case "CO_LEADER" -> "Co-leader";
                    case "CHAMPION" -> "Champion";
                    default -> "Leader";
                });
            }
        }
        if (viewer.organisationId() != null) {
            for (Member member : members) {
                if (member.organisationId().equals(viewer.organisationId().value())) {
                    roles.add(switch (member.role()) {
                        case "LEAD" -> "Staff of the lead organisation";
                        case "SPOKE" -> "Staff of a spoke organisation";
                        default -> "Staff of a member organisation";
                    });
                }
            }
        }
        return roles;
    }

    /** The platform admin and officers of the network's LA (NetworkVisibility.governs). */
    public static boolean governs(Viewer viewer, Network network) {
        return viewer.isPlatformAdmin() || (viewer.roles().contains(Viewer.Role.LA_OFFICER)
                && viewer.laCode() != null && viewer.laCode().value().equals(network.laCode()));
    }

    /** Who may schedule and complete its workshops (NetworkVisibility.runs): governs it, or co-ordinates it while active. */
    public static boolean runs(Viewer viewer, Network network, List<Leader> leaders) {
        return governs(viewer, network) || (network.isActive() && leaders.stream().anyMatch(leader ->
                "COORDINATOR".equals(leader.role()) && leader.userId().equals(viewer.userId().value())));
    }
}
