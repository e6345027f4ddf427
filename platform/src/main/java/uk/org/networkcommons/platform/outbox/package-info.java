/** Reliable publishing: events are written inside the aggregate's own document and relayed to Kafka after the write. */
package uk.org.networkcommons.platform.outbox;
