/** Load profile against a running platform: gateway cost against the service straight, and command-to-event-stream latency. */
package uk.org.networkcommons.perf;
