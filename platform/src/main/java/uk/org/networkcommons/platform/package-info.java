/** Runtime building blocks shared by every service; auto-configured when a service depends on this module. */
package uk.org.networkcommons.platform;
