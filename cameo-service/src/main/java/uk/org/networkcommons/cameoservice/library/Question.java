package uk.org.networkcommons.cameoservice.library;

/** A question for discussion. Its id is stable, so workshops and actions can point at it. */
public record Question(String id, String text) {
}
