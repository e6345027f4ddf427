package uk.org.networkcommons.events;

/** A typed identifier: a string on the wire, a distinct type in code so ids of different things cannot be mixed up. */
public interface Identifier {

    String value();
}
