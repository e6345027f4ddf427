/** A network in the portal: its members, leaders, governance, partnership agreement, workshops and actions. */
package uk.org.networkcommons.gateway.portal.network;
