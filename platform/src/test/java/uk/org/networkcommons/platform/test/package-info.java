/** Shared test support shipped in the platform test-jar: one broker and one Mongo per test JVM, and Kafka test helpers. */
package uk.org.networkcommons.platform.test;
