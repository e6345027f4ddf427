/** Fault tests of cameo-service's consuming side: consumer restarts and rebalances, poison records, and how long a revoked membership takes to reach it. */
package uk.org.networkcommons.cameoservice.reliability;
