/** Fault tests of network-service's publishing: a broker restart mid-stream and a relay killed between send and removal. */
package uk.org.networkcommons.networkservice.reliability;
