package uk.org.networkcommons.actiontracker.action;

import java.time.LocalDate;

/** A step on the way to the action's outcome. */
public record Milestone(String title, LocalDate due, boolean done) {
}
