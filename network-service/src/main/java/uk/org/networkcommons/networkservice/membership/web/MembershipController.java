package uk.org.networkcommons.networkservice.membership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.networkservice.membership.MembershipService;
import uk.org.networkcommons.networkservice.membership.MembershipService.Member;
import uk.org.networkcommons.networkservice.network.JoinRequest;
import uk.org.networkcommons.networkservice.network.Network;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.web.Versions;

@RestController
class MembershipController {

    private final MembershipService membership;

    MembershipController(MembershipService membership) {
        this.membership = membership;
    }

    /** The members on a date (today if none is given): "who was in this network on 1 September 2024?". */
    @GetMapping("/api/networks/{networkId}/members")
    List<MemberView> members(Viewer viewer, @PathVariable NetworkId networkId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return membership.membersOn(viewer, networkId, on).stream().map(MemberView::of).toList();
    }

    @GetMapping("/api/networks/{networkId}/membership-history")
    List<MemberView> history(Viewer viewer, @PathVariable NetworkId networkId) {
        return membership.history(viewer, networkId).stream().map(MemberView::of).toList();
    }

    @PostMapping("/api/networks/{networkId}/members")
    ResponseEntity<List<MemberView>> admit(Viewer viewer, @PathVariable NetworkId networkId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AdmitRequest request) {
        Network network = membership.admit(viewer, networkId, Versions.fromIfMatch(ifMatch),
                OrganisationId.of(request.organisationId()), request.role(), request.effectiveFrom());
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/members"))
                .eTag(Versions.etag(network.version()))
                .body(membership.membersOn(viewer, networkId, null).stream().map(MemberView::of).toList());
    }

    @PostMapping("/api/networks/{networkId}/members/{organisationId}/departure")
    ResponseEntity<List<MemberView>> depart(Viewer viewer, @PathVariable NetworkId networkId,
            @PathVariable OrganisationId organisationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DepartureRequest request) {
        Network network = membership.recordDeparture(viewer, networkId, Versions.fromIfMatch(ifMatch), organisationId,
                request.effectiveOn(), request.reason());
        return ResponseEntity.ok().eTag(Versions.etag(network.version()))
                .body(membership.history(viewer, networkId).stream().map(MemberView::of).toList());
    }

    @GetMapping("/api/networks/{networkId}/join-requests")
    List<JoinRequestView> joinRequests(Viewer viewer, @PathVariable NetworkId networkId) {
        return membership.joinRequests(viewer, networkId).stream().map(JoinRequestView::of).toList();
    }

    @PostMapping("/api/networks/{networkId}/join-requests/{requestId}/approval")
    ResponseEntity<Void> approve(Viewer viewer, @PathVariable NetworkId networkId, @PathVariable String requestId,
            @Valid @RequestBody(required = false) ApprovalRequest request) {
        Network network = membership.approve(viewer, networkId, requestId, request == null ? null : request.effectiveFrom());
        return ResponseEntity.noContent().eTag(Versions.etag(network.version())).build();
    }

    @PostMapping("/api/networks/{networkId}/join-requests/{requestId}/rejection")
    ResponseEntity<Void> reject(Viewer viewer, @PathVariable NetworkId networkId, @PathVariable String requestId,
            @Valid @RequestBody RejectionRequest request) {
        Network network = membership.reject(viewer, networkId, requestId, request.reason());
        return ResponseEntity.noContent().eTag(Versions.etag(network.version())).build();
    }

    @PostMapping("/api/organisations/{organisationId}/join-requests")
    ResponseEntity<JoinRequestView> requestToJoin(Viewer viewer, @PathVariable OrganisationId organisationId,
            @Valid @RequestBody JoinNetworkRequest request) {
        JoinRequest joinRequest = membership.requestToJoin(viewer, organisationId, NetworkId.of(request.networkId()),
                request.role(), request.message());
        return ResponseEntity.accepted().body(JoinRequestView.of(joinRequest));
    }

    record AdmitRequest(@NotBlank String organisationId, @NotNull MembershipRole role, LocalDate effectiveFrom) {
    }

    record DepartureRequest(LocalDate effectiveOn, @Size(max = 2000) String reason) {
    }

    record ApprovalRequest(LocalDate effectiveFrom) {
    }

    record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record JoinNetworkRequest(@NotBlank String networkId, @NotNull MembershipRole role, @Size(max = 2000) String message) {
    }

    record MemberView(String organisationId, String name, OrganisationKind kind, MembershipRole role, LocalDate from,
            LocalDate until, String leftReason) {

        static MemberView of(Member member) {
            var m = member.membership();
            return new MemberView(m.organisationId().value(),
                    member.organisation() == null ? null : member.organisation().name(),
                    member.organisation() == null ? null : member.organisation().kind(), m.role(), m.from(), m.until(),
                    m.leftReason());
        }
    }

    record JoinRequestView(String id, String organisationId, MembershipRole role, String message, String requestedBy,
            Instant requestedAt, JoinRequest.Status status, String decidedBy, Instant decidedAt, String reason) {

        static JoinRequestView of(JoinRequest request) {
            return new JoinRequestView(request.id(), request.organisationId().value(), request.role(), request.message(),
                    request.requestedBy().value(), request.requestedAt(), request.status(),
                    request.decidedBy() == null ? null : request.decidedBy().value(), request.decidedAt(), request.reason());
        }
    }
}
