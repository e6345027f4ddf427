/** Readiness checks that speak each part's own protocol with nothing but the JDK, so the launcher needs no client libraries. */
package uk.org.networkcommons.infra.probe;
