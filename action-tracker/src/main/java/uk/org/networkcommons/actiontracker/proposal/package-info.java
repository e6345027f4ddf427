/** Actions proposed by workshops: exactly one action per proposal however often the proposal arrives. */
package uk.org.networkcommons.actiontracker.proposal;
