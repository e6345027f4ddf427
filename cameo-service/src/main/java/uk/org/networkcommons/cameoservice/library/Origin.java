package uk.org.networkcommons.cameoservice.library;

/** Whether an item came with the service (everyone signed in reads it) or was written by an LA officer or co-ordinator. */
public enum Origin {
    SHIPPED,
    AUTHORED
}
