package uk.org.networkcommons.gateway.portal.home;

import java.util.List;

import uk.org.networkcommons.gateway.portal.network.Network;

/** A network on the home page, with the parts the person plays in it. */
record MyNetwork(Network network, List<String> roles) {
}
