/**
 * Object-level authorization through the gateway: the services' authorization matrices, generated from the OpenAPI
 * documents the gateway serves, run against the launched platform with real Keycloak tokens, plus the event stream.
 */
package uk.org.networkcommons.infra.authorization;
