package uk.org.networkcommons.networkservice.agreement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.network.ServiceLevelAgreement;
import uk.org.networkcommons.networkservice.agreement.Agreements;
import uk.org.networkcommons.networkservice.network.AgreementVersion;
import uk.org.networkcommons.platform.security.Viewer;

@RestController
@RequestMapping("/api/networks/{networkId}/agreement")
class AgreementController {

    private final Agreements agreements;

    AgreementController(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    AgreementView current(Viewer viewer, @PathVariable NetworkId networkId) {
        return AgreementView.of(agreements.current(viewer, networkId));
    }

    @GetMapping("/versions")
    List<AgreementView> versions(Viewer viewer, @PathVariable NetworkId networkId) {
        return agreements.versions(viewer, networkId).stream().map(AgreementView::of).toList();
    }

    @GetMapping("/versions/{version}")
    AgreementView version(Viewer viewer, @PathVariable NetworkId networkId, @PathVariable int version) {
        return AgreementView.of(agreements.version(viewer, networkId, version));
    }

    @PostMapping
    ResponseEntity<AgreementView> record(Viewer viewer, @PathVariable NetworkId networkId,
            @Valid @RequestBody AgreementRequest request) {
        AgreementVersion recorded = agreements.record(viewer, networkId, request.draft());
        return ResponseEntity.created(URI.create("/api/networks/%s/agreement/versions/%d".formatted(networkId,
                recorded.version()))).body(AgreementView.of(recorded));
    }

    record AgreementRequest(@NotNull @Min(0) Integer basedOnVersion, @NotBlank @Size(max = 8000) String jointObjectives,
            @NotNull List<@Valid @NotNull ServiceLine> serviceLevelAgreements,
            @NotBlank @Size(max = 8000) String withdrawalTerms, @Size(max = 8000) String consultation) {

        Agreements.AgreementDraft draft() {
            return new Agreements.AgreementDraft(basedOnVersion, jointObjectives,
                    serviceLevelAgreements.stream().map(ServiceLine::toAgreement).toList(), withdrawalTerms, consultation);
        }
    }

    record ServiceLine(@NotBlank @Size(max = 500) String service, String providedBy,
            @NotBlank @Size(max = 500) String fundedBy, @Size(max = 4000) String terms) {

        ServiceLevelAgreement toAgreement() {
            return new ServiceLevelAgreement(service, providedBy == null || providedBy.isBlank() ? null
                    : OrganisationId.of(providedBy), fundedBy, terms);
        }
    }

    record AgreementView(int version, String jointObjectives, List<ServiceLine> serviceLevelAgreements,
            String withdrawalTerms, String consultation, String recordedBy, Instant recordedAt) {

        static AgreementView of(AgreementVersion agreement) {
            return new AgreementView(agreement.version(), agreement.jointObjectives(),
                    agreement.serviceLevelAgreements().stream().map(sla -> new ServiceLine(sla.service(),
                            sla.providedBy() == null ? null : sla.providedBy().value(), sla.fundedBy(), sla.terms()))
                            .toList(),
                    agreement.withdrawalTerms(), agreement.consultation(), agreement.recordedBy().value(),
                    agreement.recordedAt());
        }
    }
}
