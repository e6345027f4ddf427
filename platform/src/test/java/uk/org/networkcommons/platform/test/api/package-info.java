/** Shared test support for every service: people with tokens, calling a service's API as them, and network events as network-service publishes them. */
package uk.org.networkcommons.platform.test.api;
