/** The portal's home page: the person's networks and role in each, their actions due soon and overdue, recent activity. */
package uk.org.networkcommons.gateway.portal.home;
