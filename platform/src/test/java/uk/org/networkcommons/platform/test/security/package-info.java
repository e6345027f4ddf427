/** Real tokens for tests: a local JWKS-serving issuer, ready-made users, and the initializer that points a service at it. */
package uk.org.networkcommons.platform.test.security;
