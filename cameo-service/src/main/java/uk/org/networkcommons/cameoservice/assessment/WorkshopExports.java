package uk.org.networkcommons.cameoservice.assessment;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.cameoservice.workshop.Workshops;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.platform.security.Viewer;

/** A workshop's record to download, for exactly those who may read the workshop. */
@Service
public class WorkshopExports {

    private final Workshops workshops;
    private final Clock clock;

    public WorkshopExports(Workshops workshops, Clock clock) {
        this.workshops = workshops;
        this.clock = clock;
    }

    public WorkshopExport json(Viewer viewer, WorkshopId id) {
        return WorkshopExport.of(workshops.get(viewer, id), Instant.now(clock));
    }

    public String csv(Viewer viewer, WorkshopId id) {
        return WorkshopCsv.write(workshops.get(viewer, id));
    }
}
