package uk.org.networkcommons.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} of an integration event record, e.g. {@code uk.org.networkcommons.network.member-joined.v1}.
 * A type name never changes meaning: fields may only be added; anything else is a new version with a new record.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String PREFIX = "uk.org.networkcommons.";

    /** Full versioned type name; must start with {@link #PREFIX} and end with {@code .v<number>}. */
    String value();
}
