package uk.org.networkcommons.networkservice.leadership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.networkservice.leadership.Leadership;
import uk.org.networkcommons.networkservice.network.Leader;
import uk.org.networkcommons.networkservice.network.Network;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.web.Versions;

@RestController
@RequestMapping("/api/networks/{networkId}/leaders")
class LeadershipController {

    private final Leadership leadership;

    LeadershipController(Leadership leadership) {
        this.leadership = leadership;
    }

    @GetMapping
    List<LeaderView> leaders(Viewer viewer, @PathVariable NetworkId networkId) {
        return leadership.leaders(viewer, networkId).stream().map(LeaderView::of).toList();
    }

    @PostMapping
    ResponseEntity<List<LeaderView>> appoint(Viewer viewer, @PathVariable NetworkId networkId,
            @Valid @RequestBody AppointmentRequest request) {
        Network network = leadership.appoint(viewer, networkId, UserId.of(request.userId()), request.displayName(),
                request.role());
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/leaders"))
                .eTag(Versions.etag(network.version()))
                .body(network.leaders().stream().map(LeaderView::of).toList());
    }

    @DeleteMapping("/{userId}")
    ResponseEntity<Void> remove(Viewer viewer, @PathVariable NetworkId networkId, @PathVariable UserId userId,
            @RequestParam LeadershipRole role) {
        Network network = leadership.remove(viewer, networkId, userId, role);
        return ResponseEntity.noContent().eTag(Versions.etag(network.version())).build();
    }

    record AppointmentRequest(@NotBlank @Size(max = 100) String userId, @NotBlank @Size(max = 200) String displayName,
            @NotNull LeadershipRole role) {
    }

    record LeaderView(String userId, String displayName, LeadershipRole role, String appointedBy, Instant appointedAt) {

        static LeaderView of(Leader leader) {
            return new LeaderView(leader.userId().value(), leader.displayName(), leader.role(),
                    leader.appointedBy().value(), leader.appointedAt());
        }
    }
}
