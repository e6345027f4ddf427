package uk.org.networkcommons.cameoservice.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An LA's workshops at a glance, for its officers' dashboard: how many its networks have held (completed) and still
 * have planned, how many each network has held, and the most recently held.
 *
 * @param heldByNetwork completed workshops per network id, only networks that have held one
 * @param recentlyHeld  at most {@link Workshops#RECENTLY_HELD} completed workshops, latest date first
 */
public record LaWorkshopSummary(String laCode, long total, long held, long planned, Map<String, Long> heldByNetwork,
        List<Held> recentlyHeld) {

    public LaWorkshopSummary {
        heldByNetwork = Map.copyOf(heldByNetwork);
        recentlyHeld = List.copyOf(recentlyHeld);
    }

    /** A completed workshop, enough to name it and find it. */
    public record Held(String id, String networkId, String title, LocalDate date, Instant completedAt) {
    }
}
