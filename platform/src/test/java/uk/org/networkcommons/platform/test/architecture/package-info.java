/** The package-by-feature rules every service's ArchitectureTest applies to its own root package. */
package uk.org.networkcommons.platform.test.architecture;
