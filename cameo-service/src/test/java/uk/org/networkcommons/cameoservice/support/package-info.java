/** Test support for cameo-service: people with tokens, calling the API as them, and network events as network-service publishes them. */
package uk.org.networkcommons.cameoservice.support;
