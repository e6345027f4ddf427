package uk.org.networkcommons.cameoservice.workshop;

import java.time.Instant;
import uk.org.networkcommons.events.UserId;

/**
 * What the participants recorded for one dimension: where they are now, where they want to be, and their notes. The
 * proposed actions for it are kept on the workshop and point back by {@link #key()}.
 */
public record DimensionAssessment(String key, String name, Position now, Position target, String notes,
        UserId recordedBy, Instant recordedAt) {

    /** How far the network means to move: target minus now; null unless both are rated. */
    public Integer gap() {
        return now.rating() == null || target.rating() == null ? null : target.rating() - now.rating();
    }
}
