package uk.org.networkcommons.events.workshop;

/**
 * Where a network placed itself on one dimension at a workshop: now and target on the 4-point scale (null if not rated).
 *
 * @param dimension    the dimension's name as the participants wrote it
 * @param dimensionKey the dimension's stable key ({@code leadership-across-the-cluster}), the same in every workshop
 *                     that reviews it, so consumers can follow one dimension over time
 */
public record DimensionSummary(String dimension, Integer currentRating, Integer targetRating, String dimensionKey) {
}
