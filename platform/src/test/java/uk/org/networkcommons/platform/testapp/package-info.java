/** A minimal service built on the platform, so the security and problem auto-configuration is tested as services use it. */
package uk.org.networkcommons.platform.testapp;
