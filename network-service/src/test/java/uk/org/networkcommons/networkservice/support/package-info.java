/** Test support for network-service: the shared integration-test context, people with tokens, and API shortcuts. */
package uk.org.networkcommons.networkservice.support;
