/** The services' OpenAPI documents served through the gateway, and the Swagger UI that lists them. */
package uk.org.networkcommons.gateway.apidocs;
