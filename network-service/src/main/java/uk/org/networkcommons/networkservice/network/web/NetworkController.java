package uk.org.networkcommons.networkservice.network.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.network.ContinuumForm;
import uk.org.networkcommons.events.network.GovernanceModel;
import uk.org.networkcommons.events.network.NetworkBasis;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.networkservice.network.AgreementVersion;
import uk.org.networkcommons.networkservice.network.LaNetworkSummary;
import uk.org.networkcommons.networkservice.network.Network;
import uk.org.networkcommons.networkservice.network.Networks;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.web.Versions;

@RestController
@RequestMapping("/api/networks")
class NetworkController {

    private final Networks networks;

    NetworkController(Networks networks) {
        this.networks = networks;
    }

    @PostMapping
    ResponseEntity<NetworkView> form(Viewer viewer, @Valid @RequestBody FormNetworkRequest request) {
        Network network = networks.form(viewer, LaCode.of(request.laCode()), request.details().profile());
        return ResponseEntity.created(URI.create("/api/networks/" + network.aggregateId()))
                .eTag(Versions.etag(network.version())).body(NetworkView.of(network));
    }

    @GetMapping
    List<NetworkView> search(Viewer viewer, @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String laCode,
            @RequestParam(required = false) NetworkType type,
            @RequestParam(required = false) @Size(max = 200) String name,
            @RequestParam(defaultValue = "false") boolean includeDissolved,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return networks.search(viewer, new Networks.NetworkSearch(laCode == null ? null : LaCode.of(laCode), type, name,
                includeDissolved, page, size)).stream().map(NetworkView::of).toList();
    }

    /** An LA's networks by type and focus and who belongs to them: its officers and the admin only (404 otherwise). */
    @GetMapping("/summary")
    LaNetworkSummary summary(Viewer viewer, @RequestParam String laCode) {
        return networks.summary(viewer, laCode);
    }

    @GetMapping("/{networkId}")
    ResponseEntity<NetworkView> get(Viewer viewer, @PathVariable NetworkId networkId) {
        Network network = networks.get(viewer, networkId);
        return ResponseEntity.ok().eTag(Versions.etag(network.version())).body(NetworkView.of(network));
    }

    @PutMapping("/{networkId}")
    ResponseEntity<NetworkView> update(Viewer viewer, @PathVariable NetworkId networkId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody NetworkDetails request) {
        Network network = networks.updateProfile(viewer, networkId, Versions.fromIfMatch(ifMatch), request.profile());
        return ResponseEntity.ok().eTag(Versions.etag(network.version())).body(NetworkView.of(network));
    }

    @PostMapping("/{networkId}/dissolution")
    ResponseEntity<NetworkView> dissolve(Viewer viewer, @PathVariable NetworkId networkId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DissolutionRequest request) {
        Network network = networks.dissolve(viewer, networkId, Versions.fromIfMatch(ifMatch), request.dissolvedOn(),
                request.reason());
        return ResponseEntity.ok().eTag(Versions.etag(network.version())).body(NetworkView.of(network));
    }

    record FormNetworkRequest(@NotNull @Pattern(regexp = "\\d{3}", message = "must be a three-digit LA code") String laCode,
            @NotNull @Valid NetworkDetails details) {
    }

    record NetworkDetails(@NotBlank @Size(max = 200) String name, @NotNull NetworkType type, @NotNull NetworkBasis basis,
            @NotEmpty Set<@NotNull NetworkFocus> focus, @NotNull ContinuumForm continuumForm,
            @NotNull GovernanceModel governanceModel, @Size(max = 4000) String objectives, LocalDate endsOn,
            NetworkId parentNetworkId) {

        NetworkProfile profile() {
            return new NetworkProfile(name.strip(), type, basis, focus, continuumForm, governanceModel, objectives, endsOn,
                    parentNetworkId);
        }
    }

    record DissolutionRequest(@NotNull LocalDate dissolvedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    record NetworkView(String id, String laCode, String name, NetworkType type, NetworkBasis basis, Set<NetworkFocus> focus,
            ContinuumForm continuumForm, GovernanceModel governanceModel, String objectives, boolean finite,
            LocalDate endsOn, String parentNetworkId, Network.Status status, LocalDate dissolvedOn, Instant formedAt,
            int memberCount, Integer agreementVersion, long version) {

        static NetworkView of(Network network) {
            NetworkProfile profile = network.profile();
            return new NetworkView(network.aggregateId(), network.laCode().value(), profile.name(), profile.type(),
                    profile.basis(), profile.focus(), profile.continuumForm(), profile.governanceModel(),
                    profile.objectives(), profile.finite(), profile.endsOn(),
                    profile.parentNetworkId() == null ? null : profile.parentNetworkId().value(), network.status(),
                    network.dissolvedOn(), network.formedAt(), network.currentMemberIds().size(),
                    network.currentAgreement().map(AgreementVersion::version).orElse(null), network.version());
        }
    }
}
