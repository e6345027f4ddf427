/** How requests reach the services: routes, body size limit, timeouts, circuit breakers and the one error handler. */
package uk.org.networkcommons.gateway.routing;
