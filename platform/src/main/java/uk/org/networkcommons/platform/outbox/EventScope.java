package uk.org.networkcommons.platform.outbox;

import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;

/**
 * The network and local authority an aggregate's events concern; sent as CloudEvents extension headers
 * ({@code ce_networkid}, {@code ce_lacode}) so consumers and filters need not parse the body. Either may be null.
 */
public record EventScope(NetworkId networkId, LaCode laCode) {

    public static EventScope ofNetwork(NetworkId networkId, LaCode laCode) {
        return new EventScope(networkId, laCode);
    }

    public static EventScope ofLocalAuthority(LaCode laCode) {
        return new EventScope(null, laCode);
    }
}
