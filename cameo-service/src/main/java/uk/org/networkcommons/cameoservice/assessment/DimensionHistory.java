package uk.org.networkcommons.cameoservice.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One dimension of a network's self-assessment across its completed workshops, earliest first.
 *
 * @param name the name used at the latest workshop that reviewed it
 */
public record DimensionHistory(String key, String name, List<Assessment> assessments) {

    public DimensionHistory {
        assessments = List.copyOf(assessments);
    }

    /**
     * Where the network placed itself at one workshop.
     *
     * @param gap   target minus current; null unless both were rated
     * @param trend change in the current rating since the previous workshop that rated this dimension's current
     *              position; null at the first such workshop or when this one did not rate it
     */
    public record Assessment(String workshopId, String workshopTitle, LocalDate date, Instant completedAt,
            Integer currentRating, Integer targetRating, Integer gap, Integer trend) {
    }
}
