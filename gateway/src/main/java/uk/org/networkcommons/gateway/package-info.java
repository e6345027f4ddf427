/** The single entrance to Network Commons: API routes, sign-in, the live event stream and the portal. */
package uk.org.networkcommons.gateway;
