package uk.org.networkcommons.gateway.portal.library;

/** A question for discussion, with the stable id workshops and actions point at. */
public record Question(String id, String text) {
}
