package uk.org.networkcommons.events.workshop;

import java.time.Instant;
import java.util.List;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;

/** A workshop was completed: its record is frozen. One {@link ActionProposed} follows for each proposed action. */
@EventType("uk.org.networkcommons.workshop.workshop-completed.v1")
public record WorkshopCompleted(WorkshopId workshopId, NetworkId networkId, LaCode laCode, String title,
        List<DimensionSummary> dimensions, int proposedActionCount, UserId completedBy, Instant completedAt)
        implements WorkshopEvent {

    public WorkshopCompleted {
        dimensions = List.copyOf(dimensions);
    }
}
