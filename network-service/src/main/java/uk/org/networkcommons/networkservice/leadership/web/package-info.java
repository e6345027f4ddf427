/** HTTP API for appointing and removing a network's leaders. */
package uk.org.networkcommons.networkservice.leadership.web;
