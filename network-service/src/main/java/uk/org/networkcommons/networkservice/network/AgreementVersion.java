package uk.org.networkcommons.networkservice.network;

import java.time.Instant;
import java.util.List;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.ServiceLevelAgreement;

/**
 * One version of a network's partnership agreement: what the partners agreed before working together. Versions are
 * never edited; a change is a new version.
 */
public record AgreementVersion(int version, String jointObjectives, List<ServiceLevelAgreement> serviceLevelAgreements,
        String withdrawalTerms, String consultation, UserId recordedBy, Instant recordedAt) {

    public AgreementVersion {
        serviceLevelAgreements = List.copyOf(serviceLevelAgreements);
    }
}
