/** Who may see and run a network, as every service decides it: the rules, and a projection of network events to apply them to. */
package uk.org.networkcommons.platform.access;
