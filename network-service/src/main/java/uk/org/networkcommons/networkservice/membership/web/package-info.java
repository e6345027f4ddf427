/** HTTP API for membership and join requests. */
package uk.org.networkcommons.networkservice.membership.web;
