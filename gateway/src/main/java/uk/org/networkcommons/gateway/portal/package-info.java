/** The partners' portal: server-rendered GOV.UK Design System pages that call the services on the signed-in person's behalf. */
package uk.org.networkcommons.gateway.portal;
