package uk.org.networkcommons.events.workshop;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;

/** A co-ordinator or LA officer scheduled a workshop for a network. */
@EventType("uk.org.networkcommons.workshop.workshop-scheduled.v1")
public record WorkshopScheduled(WorkshopId workshopId, NetworkId networkId, LaCode laCode, WorkshopPlan plan,
        UserId scheduledBy) implements WorkshopEvent {
}
