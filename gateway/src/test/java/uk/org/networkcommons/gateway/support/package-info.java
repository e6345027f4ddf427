/** What the gateway's tests share: one application context, fake upstream services and signed-in people. */
package uk.org.networkcommons.gateway.support;
