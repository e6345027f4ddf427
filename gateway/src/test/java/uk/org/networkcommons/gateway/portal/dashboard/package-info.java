/** Tests of the LA dashboard, its charts and its live activity stream. */
package uk.org.networkcommons.gateway.portal.dashboard;
