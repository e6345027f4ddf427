package uk.org.networkcommons.cameoservice.workshop;

import java.util.List;

/**
 * The self-assessment template's four-point scale (library {@code self-assessment-template.json}), on which both "where
 * we are now" and "where we want to be" are rated. Held here as well so that a workshop record never depends on the
 * library content being loadable; a test keeps the two in step.
 */
public final class RatingScale {

    public static final int MIN = 1;
    public static final int MAX = 4;

    private static final List<String> LABELS = List.of("Not yet started", "Emerging", "Established", "Embedded");

    private RatingScale() {
    }

    public static boolean isOnScale(Integer rating) {
        return rating == null || (rating >= MIN && rating <= MAX);
    }

    /** The template's label for a rating, or null for no rating. */
    public static String label(Integer rating) {
        return rating == null || !isOnScale(rating) ? null : LABELS.get(rating - MIN);
    }

    public static List<String> labels() {
        return LABELS;
    }
}
