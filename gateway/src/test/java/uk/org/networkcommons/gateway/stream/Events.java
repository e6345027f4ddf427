package uk.org.networkcommons.gateway.stream;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.action.ActionPriority;
import uk.org.networkcommons.events.action.ActionProgressed;
import uk.org.networkcommons.events.action.ActionRaised;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.events.workshop.WorkshopPlan;
import uk.org.networkcommons.events.workshop.WorkshopScheduled;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.api.NetworkFeed;

/** Events of workshops and actions in a network, as cameo-service and action-tracker would raise them. */
public final class Events {

    private Events() {
    }

    /** An action raised in the network, owned by {@code owner}, with those parties; version 1 of a new action. */
    public static OutboxEntry actionRaised(NetworkFeed network, OrganisationId owner, Set<OrganisationId> parties,
            String title) {
        ActionId id = ActionId.random();
        return Published.entry(id.value(), 1, new ActionRaised(id, NetworkId.of(network.id()),
                LaCode.of(network.laCode()), owner, parties, title, ActionStatus.PROPOSED, ActionPriority.MEDIUM,
                LocalDate.now().plusMonths(2), Set.of(EcmOutcome.ENJOY_AND_ACHIEVE), null, null, null,
                UserId.of("officer")));
    }

    /** The next change to an action raised by {@link #actionRaised}. */
    public static OutboxEntry actionProgressed(OutboxEntry raised, long version, int progress) {
        ActionRaised action = uk.org.networkcommons.platform.messaging.EventJson.read(raised.payload(), ActionRaised.class);
        return Published.entry(raised.aggregateId(), version, new ActionProgressed(action.actionId(), action.networkId(),
                action.laCode(), action.ownerOrganisationId(), action.partyOrganisationIds(), ActionStatus.IN_PROGRESS,
                progress, UserId.of("head")));
    }

    public static OutboxEntry workshopScheduled(NetworkFeed network, String title) {
        WorkshopId id = WorkshopId.random();
        return Published.entry(id.value(), 1, new WorkshopScheduled(id, NetworkId.of(network.id()),
                LaCode.of(network.laCode()), new WorkshopPlan(title, LocalDate.now().plusWeeks(3), "Facilitator",
                        List.of(), List.of(), List.of(), List.of(), List.of()), UserId.of("coordinator")));
    }
}
