/** Tests of the library pages. */
package uk.org.networkcommons.gateway.portal.library;
