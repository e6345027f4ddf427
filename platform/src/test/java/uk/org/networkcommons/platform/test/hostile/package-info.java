/** Hostile tests every service runs against itself: an authorization matrix and API fuzzing generated from its OpenAPI document. */
package uk.org.networkcommons.platform.test.hostile;
