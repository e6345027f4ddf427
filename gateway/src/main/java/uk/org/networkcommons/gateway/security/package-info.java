/**
 * Who is calling and what they may send: browser sessions signed in through Keycloak and API clients with bearer
 * tokens (both as one Viewer), CSRF for sessions, sign-out, security headers and each client's rate limit.
 */
package uk.org.networkcommons.gateway.security;
