/** {@code GET /api/events/stream}: the event stream as Server-Sent Events of CloudEvents JSON. */
package uk.org.networkcommons.gateway.stream.web;
