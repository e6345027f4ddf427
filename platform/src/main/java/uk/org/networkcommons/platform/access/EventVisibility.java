package uk.org.networkcommons.platform.access;

import java.util.Optional;
import java.util.function.Function;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.action.ActionEvent;
import uk.org.networkcommons.events.library.AuthoredItemDrafted;
import uk.org.networkcommons.events.library.LibraryEvent;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.events.organisation.OrganisationEvent;
import uk.org.networkcommons.events.workshop.WorkshopEvent;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Whether a viewer may see an integration event: exactly when they may see what it is about, by the rule of the
 * service that owns it, so that a live feed never tells anyone more than the services' APIs would.
 * <ul>
 * <li>network events: {@link NetworkVisibility} on the access the event itself carries (the network as of that
 * change);</li>
 * <li>workshop events: officers of the workshop's LA, and whoever can see its network;</li>
 * <li>action events: {@link ActionVisibility};</li>
 * <li>library events: {@link AuthoredItemVisibility};</li>
 * <li>organisation events: everyone signed in, as network-service's organisation register is open to every signed-in
 * viewer (it holds what Get Information about Schools publishes);</li>
 * <li>anything else: the platform admin only.</li>
 * </ul>
 */
public final class EventVisibility {

    private EventVisibility() {
    }

    /**
     * @param networkAccess the caller's projection of network access (e.g. {@link NetworkAccessProjection#find}), for
     *                      events that belong to a network but do not carry its access
     */
    public static boolean canSee(Viewer viewer, ReceivedEvent<?> event,
            Function<NetworkId, Optional<NetworkAccess>> networkAccess) {
        return canSee(viewer, event.payload(), networkAccess);
    }

    /** The same rule on a decoded event record. */
    public static boolean canSee(Viewer viewer, Object event,
            Function<NetworkId, Optional<NetworkAccess>> networkAccess) {
        return switch (event) {
            case NetworkEvent network -> network.access() != null && NetworkVisibility.canSee(viewer, network.access());
            case WorkshopEvent workshop -> ActionVisibility.governs(viewer, workshop.laCode())
                    || networkOf(workshop.networkId(), networkAccess)
                            .map(network -> NetworkVisibility.canSee(viewer, network)).orElse(false);
            case ActionEvent action -> ActionVisibility.canSee(viewer, action.laCode(), action.ownerOrganisationId(),
                    action.partyOrganisationIds(), networkOf(action.networkId(), networkAccess));
            case LibraryEvent item -> AuthoredItemVisibility.canSee(viewer, item instanceof AuthoredItemDrafted,
                    item.sharing(), item.authorId(), item.authorLaCode());
            case OrganisationEvent organisation -> true;
            case null -> false;
            default -> viewer.isPlatformAdmin();
        };
    }

    private static Optional<NetworkAccess> networkOf(NetworkId networkId,
            Function<NetworkId, Optional<NetworkAccess>> networkAccess) {
        return networkId == null ? Optional.empty() : networkAccess.apply(networkId);
    }
}
