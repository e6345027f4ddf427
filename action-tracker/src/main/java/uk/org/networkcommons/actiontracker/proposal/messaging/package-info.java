/** The thin Kafka listener that hands workshop proposals to the proposal feature. */
package uk.org.networkcommons.actiontracker.proposal.messaging;
