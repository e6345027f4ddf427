/** Who may see what, as every service decides it: the rules for networks, actions, authored items and events, and a projection of network events to apply them to. */
package uk.org.networkcommons.platform.access;
