package uk.org.networkcommons.events.workshop;

import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.WorkshopId;

/** An event of one workshop; carries the network and LA so dashboards can filter without calling back. */
public sealed interface WorkshopEvent permits WorkshopScheduled, WorkshopRescheduled, WorkshopCompleted, ActionProposed {

    WorkshopId workshopId();

    NetworkId networkId();

    LaCode laCode();
}
