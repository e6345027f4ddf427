package uk.org.networkcommons.networkservice.organisation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.organisation.AgencyType;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.SchoolPhase;
import uk.org.networkcommons.networkservice.organisation.Organisation;
import uk.org.networkcommons.networkservice.organisation.Organisations;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.web.Versions;

@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    private final Organisations organisations;

    OrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    /** 201 when registered now; 200 when an {@code id} was given and that organisation was already registered. */
    @PostMapping
    ResponseEntity<OrganisationView> register(Viewer viewer, @Valid @RequestBody RegistrationRequest request) {
        Organisations.Registration registration = request.id() == null
                ? organisations.register(viewer, request.profile())
                : organisations.registerWithId(viewer, OrganisationId.of(request.id()), request.profile());
        Organisation organisation = registration.organisation();
        URI location = URI.create("/api/organisations/" + organisation.aggregateId());
        return (registration.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .eTag(Versions.etag(organisation.version()))
                .body(OrganisationView.of(organisation));
    }

    @GetMapping
    List<OrganisationView> search(Viewer viewer, @RequestParam(required = false) @Size(max = 200) String name,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String laCode,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return organisations.search(name, laCode == null ? null : LaCode.of(laCode), kind, page, size).stream()
                .map(OrganisationView::of).toList();
    }

    @GetMapping("/{organisationId}")
    ResponseEntity<OrganisationView> get(Viewer viewer, @PathVariable OrganisationId organisationId) {
        Organisation organisation = organisations.get(organisationId);
        return ResponseEntity.ok().eTag(Versions.etag(organisation.version())).body(OrganisationView.of(organisation));
    }

    @PutMapping("/{organisationId}")
    ResponseEntity<OrganisationView> update(Viewer viewer, @PathVariable OrganisationId organisationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OrganisationRequest request) {
        Organisation organisation = organisations.update(viewer, organisationId, Versions.fromIfMatch(ifMatch),
                request.profile());
        return ResponseEntity.ok().eTag(Versions.etag(organisation.version())).body(OrganisationView.of(organisation));
    }

    /** An organisation to register; {@code id} (a lower-case UUID) only from the platform admin, else it is chosen here. */
    record RegistrationRequest(
            @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    message = "must be a lower-case UUID") String id,
            @NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind,
            @NotNull @Pattern(regexp = "\\d{3}", message = "must be a three-digit LA code") String laCode,
            @Pattern(regexp = "\\d{6}", message = "must be a six-digit URN") String urn, SchoolPhase phase,
            AgencyType agencyType) {

        OrganisationProfile profile() {
            return new OrganisationProfile(name, kind, LaCode.of(laCode), urn, phase, agencyType);
        }
    }

    record OrganisationRequest(@NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind,
            @NotNull @Pattern(regexp = "\\d{3}", message = "must be a three-digit LA code") String laCode,
            @Pattern(regexp = "\\d{6}", message = "must be a six-digit URN") String urn, SchoolPhase phase,
            AgencyType agencyType) {

        OrganisationProfile profile() {
            return new OrganisationProfile(name, kind, LaCode.of(laCode), urn, phase, agencyType);
        }
    }

    record OrganisationView(String id, String name, OrganisationKind kind, String laCode, String urn, SchoolPhase phase,
            AgencyType agencyType, long version) {

        static OrganisationView of(Organisation organisation) {
            OrganisationProfile profile = organisation.profile();
            return new OrganisationView(organisation.aggregateId(), profile.name(), profile.kind(),
                    profile.laCode().value(), profile.urn(), profile.phase(), profile.agencyType(), organisation.version());
        }
    }
}
