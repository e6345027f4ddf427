/** The CloudEvents envelope on Kafka, the outbox relay and the consuming side: decoding, dead-lettering, idempotent projections. */
package uk.org.networkcommons.platform.messaging;
