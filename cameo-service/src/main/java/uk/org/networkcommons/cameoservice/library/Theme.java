package uk.org.networkcommons.cameoservice.library;

/** The three themes the case-study cameos are grouped under; authored cameos may name one too. */
public enum Theme {
    CAPACITY,
    COHERENCE,
    ACTIVITY
}
