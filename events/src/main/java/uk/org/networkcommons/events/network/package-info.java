/** Events of the network aggregate: formation, governance, membership, leadership and partnership agreements. */
package uk.org.networkcommons.events.network;
