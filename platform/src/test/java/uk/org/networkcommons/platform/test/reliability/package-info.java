/** Shared support for the fault tests of every service: scratch databases, a consumer and a replay of network access, delivery checks, latency figures and a stand-in for network-service's write side. */
package uk.org.networkcommons.platform.test.reliability;
