/** What every portal page shares: the page layout, the calls to the services and how their problems are shown. */
package uk.org.networkcommons.gateway.portal.shell;
