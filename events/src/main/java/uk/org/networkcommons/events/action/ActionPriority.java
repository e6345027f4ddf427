package uk.org.networkcommons.events.action;

/** How urgent an action is. */
public enum ActionPriority {
    LOW, MEDIUM, HIGH
}
