/** Test support for cameo-service: people with tokens, and calling the API as them. */
package uk.org.networkcommons.cameoservice.support;
