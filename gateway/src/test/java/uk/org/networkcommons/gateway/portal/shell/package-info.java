/** Tests of the portal shell, and what every portal test uses: a signed-in browser ({@link uk.org.networkcommons.gateway.portal.shell.PortalBrowser}) and page checks ({@link uk.org.networkcommons.gateway.portal.shell.Page}). */
package uk.org.networkcommons.gateway.portal.shell;
