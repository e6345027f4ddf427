/** The gateway tested as a hostile client would attack it: forged tokens, and the live stream's visibility. */
package uk.org.networkcommons.gateway.hostile;
