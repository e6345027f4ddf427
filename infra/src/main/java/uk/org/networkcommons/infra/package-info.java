/** The launcher that runs the whole platform on one machine: Kafka, a MongoDB stand-in, Keycloak and every service. */
package uk.org.networkcommons.infra;
