/**
 * The LA dashboard: an LA's networks, schools, workshops and actions at a glance for its officers (and the platform
 * admin, who chooses the LA), with a live feed of what happens in it.
 */
package uk.org.networkcommons.gateway.portal.dashboard;
