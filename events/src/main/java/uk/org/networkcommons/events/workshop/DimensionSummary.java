package uk.org.networkcommons.events.workshop;

/** Where a network placed itself on one dimension at a workshop: now and target on the 4-point scale (null if not rated). */
public record DimensionSummary(String dimension, Integer currentRating, Integer targetRating) {
}
