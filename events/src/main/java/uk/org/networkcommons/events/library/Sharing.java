package uk.org.networkcommons.events.library;

/** Who may read a published authored item: people of the author's local authority, or everyone signed in. */
public enum Sharing {
    LA,
    EVERYONE
}
