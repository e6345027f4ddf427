/** Tests of the network page. */
package uk.org.networkcommons.gateway.portal.network;
