/** Tests of the home page. */
package uk.org.networkcommons.gateway.portal.home;
