package uk.org.networkcommons.events.network;

import java.time.Instant;
import java.util.List;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;

/** A new version of a network's partnership agreement was recorded. */
@EventType("uk.org.networkcommons.network.agreement-recorded.v1")
public record AgreementRecorded(NetworkId networkId, int agreementVersion, String jointObjectives, List<ServiceLevelAgreement> serviceLevelAgreements, String withdrawalTerms, String consultation, UserId recordedBy, Instant recordedAt, NetworkAccess access) implements NetworkEvent {
}
