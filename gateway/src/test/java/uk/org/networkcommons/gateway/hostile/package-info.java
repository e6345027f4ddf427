/**
 * The gateway tested as a hostile client would attack it: forged tokens, the live stream's visibility, and
 * property-based fuzzing of every write endpoint (portal forms and API routes) with malformed input.
 */
package uk.org.networkcommons.gateway.hostile;
