/** Tests of the actions pages against fake services answering in action-tracker and network-service JSON. */
package uk.org.networkcommons.gateway.portal.action;
