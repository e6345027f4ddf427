/** Tests of the workshop runner's pages. */
package uk.org.networkcommons.gateway.portal.workshop;
