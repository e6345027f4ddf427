package uk.org.networkcommons.gateway.portal.network;

import java.time.Instant;
import java.util.List;

/** The current version of a network's partnership agreement ({@code AgreementView}). */
public record Agreement(int version, String jointObjectives, List<ServiceLine> serviceLevelAgreements,
        String withdrawalTerms, String consultation, String recordedBy, Instant recordedAt) {

    public Agreement {
        serviceLevelAgreements = serviceLevelAgreements == null ? List.of() : List.copyOf(serviceLevelAgreements);
    }

    /** One line of the agreement: a service, who provides it (an organisation id, or none), who funds it, on what terms. */
    public record ServiceLine(String service, String providedBy, String fundedBy, String terms) {
    }
}
