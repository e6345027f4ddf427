/** HTTP API of the organisation register. */
package uk.org.networkcommons.networkservice.organisation.web;
