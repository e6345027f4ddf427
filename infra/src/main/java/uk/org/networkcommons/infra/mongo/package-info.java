/** The MongoDB stand-in (mongo-java-server on an H2 file) that the launcher runs in a process of its own. */
package uk.org.networkcommons.infra.mongo;
