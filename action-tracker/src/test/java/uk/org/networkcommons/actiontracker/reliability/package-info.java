/** Fault tests of action-tracker's consuming side: how long a revoked membership takes to reach it. */
package uk.org.networkcommons.actiontracker.reliability;
