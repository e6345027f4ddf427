package uk.org.networkcommons.events.workshop;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;

/** A workshop's plan changed before it was completed; carries the whole plan after the change. */
@EventType("uk.org.networkcommons.workshop.workshop-rescheduled.v1")
public record WorkshopRescheduled(WorkshopId workshopId, NetworkId networkId, LaCode laCode, WorkshopPlan plan,
        UserId changedBy) implements WorkshopEvent {
}
