/** The workshop library in the portal: browse and search challenges, cameos and scenarios, and the sources they draw on. */
package uk.org.networkcommons.gateway.portal.library;
