/** Who is asking: the {@link uk.org.networkcommons.platform.security.Viewer} built from a Keycloak access token. */
package uk.org.networkcommons.platform.security;
