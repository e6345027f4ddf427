/** MongoDB mapping shared by every service: typed ids stored as plain strings. */
package uk.org.networkcommons.platform.persistence;
