/** Test support for cameo-service: people with tokens, API shortcuts, and network events as network-service publishes them. */
package uk.org.networkcommons.cameoservice.support;
