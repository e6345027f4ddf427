/** Who is calling: browser sessions signed in through Keycloak and API clients with bearer tokens, both as one Viewer. */
package uk.org.networkcommons.gateway.security;
