package uk.org.networkcommons.events.action;

/** Where an action is in its workflow: PROPOSED → AGREED → IN_PROGRESS → DONE, with BLOCKED and CANCELLED on the side. */
public enum ActionStatus {
    PROPOSED, AGREED, IN_PROGRESS, BLOCKED, DONE, CANCELLED;

    /** Not finished: DONE and CANCELLED are final. */
    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
