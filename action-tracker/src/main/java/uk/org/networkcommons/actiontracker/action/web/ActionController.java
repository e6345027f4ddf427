package uk.org.networkcommons.actiontracker.action.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.actiontracker.action.Action;
import uk.org.networkcommons.actiontracker.action.ActionDetails;
import uk.org.networkcommons.actiontracker.action.Actions;
import uk.org.networkcommons.actiontracker.action.Milestone;
import uk.org.networkcommons.actiontracker.action.UpdateEntry;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.action.ActionPriority;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.web.Versions;

/** Writes return the action's version as an ETag; sending it back as If-Match makes the write conditional (409 otherwise). */
@RestController
class ActionController {

    static final String LINK = "https?://\\S+";

    private final Actions actions;

    ActionController(Actions actions) {
        this.actions = actions;
    }

    @PostMapping("/api/actions")
    ResponseEntity<ActionView> raise(Viewer viewer, @Valid @RequestBody RaiseRequest request) {
        Action action = actions.raise(viewer, NetworkId.of(request.networkId().strip()), request.details(),
                ids(request.partyOrganisationIds()));
        return ResponseEntity.created(URI.create("/api/actions/" + action.aggregateId()))
                .eTag(Versions.etag(action.version())).body(ActionView.of(action));
    }

    @GetMapping("/api/actions/{actionId}")
    ResponseEntity<ActionView> get(Viewer viewer, @PathVariable ActionId actionId) {
        return answer(actions.get(viewer, actionId));
    }

    @GetMapping("/api/actions/{actionId}/updates")
    List<UpdateEntry> updates(Viewer viewer, @PathVariable ActionId actionId) {
        return actions.updates(viewer, actionId);
    }

    /** Replaces the editable fields (title, description, owner, due date, priority, outcomes, milestones, parent). */
    @PutMapping("/api/actions/{actionId}")
    ResponseEntity<ActionView> revise(Viewer viewer, @PathVariable ActionId actionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReviseRequest request) {
        return answer(actions.revise(viewer, actionId, Versions.fromIfMatch(ifMatch), request.details(),
                request.comment(), request.evidenceLink()));
    }

    @PostMapping("/api/actions/{actionId}/status")
    ResponseEntity<ActionView> moveTo(Viewer viewer, @PathVariable ActionId actionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody StatusRequest request) {
        return answer(actions.moveTo(viewer, actionId, Versions.fromIfMatch(ifMatch), request.status(),
                request.reason(), request.progress(), request.comment(), request.evidenceLink()));
    }

    @PostMapping("/api/actions/{actionId}/progress")
    ResponseEntity<ActionView> progress(Viewer viewer, @PathVariable ActionId actionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ProgressRequest request) {
        return answer(actions.recordProgress(viewer, actionId, Versions.fromIfMatch(ifMatch), request.progress(),
                request.comment(), request.evidenceLink()));
    }

    @PostMapping("/api/actions/{actionId}/comments")
    ResponseEntity<ActionView> comment(Viewer viewer, @PathVariable ActionId actionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CommentRequest request) {
        Action action = actions.comment(viewer, actionId, Versions.fromIfMatch(ifMatch), request.comment(),
                request.evidenceLink());
        return ResponseEntity.status(201).eTag(Versions.etag(action.version())).body(ActionView.of(action));
    }

    @PostMapping("/api/actions/{actionId}/parties")
    ResponseEntity<ActionView> addParty(Viewer viewer, @PathVariable ActionId actionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PartyRequest request) {
        return answer(actions.addParty(viewer, actionId, Versions.fromIfMatch(ifMatch),
                OrganisationId.of(request.organisationId().strip())));
    }

    @DeleteMapping("/api/actions/{actionId}/parties/{organisationId}")
    ResponseEntity<ActionView> removeParty(Viewer viewer, @PathVariable ActionId actionId,
            @PathVariable OrganisationId organisationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(actions.removeParty(viewer, actionId, Versions.fromIfMatch(ifMatch), organisationId));
    }

    private static ResponseEntity<ActionView> answer(Action action) {
        return ResponseEntity.ok().eTag(Versions.etag(action.version())).body(ActionView.of(action));
    }

    private static Set<OrganisationId> ids(List<String> values) {
        Set<OrganisationId> ids = new LinkedHashSet<>();
        if (values != null) {
            values.forEach(value -> ids.add(OrganisationId.of(value.strip())));
        }
        return ids;
    }

    record MilestoneRequest(@NotBlank @Size(max = 200) String title, LocalDate due, boolean done) {

        Milestone milestone() {
            return new Milestone(title.strip(), due, done);
        }
    }

    record RaiseRequest(@NotBlank @Size(max = 100) String networkId, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, @NotBlank @Size(max = 100) String ownerOrganisationId,
            @Size(max = 100) String ownerUserId,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> partyOrganisationIds, LocalDate dueDate,
            ActionPriority priority, @Size(max = 5) Set<EcmOutcome> outcomes,
            @Size(max = 50) List<@Valid @NotNull MilestoneRequest> milestones, @Size(max = 100) String parentId,
            @Min(1) @Max(100) Integer weight) {

        ActionDetails details() {
            return new ActionDetails(title, description, OrganisationId.of(ownerOrganisationId.strip()),
                    blank(ownerUserId) ? null : UserId.of(ownerUserId.strip()), dueDate, priority, outcomes,
                    milestones == null ? List.of() : milestones.stream().map(MilestoneRequest::milestone).toList(),
                    blank(parentId) ? null : ActionId.of(parentId.strip()), weight == null ? 1 : weight);
        }
    }

    record ReviseRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
            @NotBlank @Size(max = 100) String ownerOrganisationId, @Size(max = 100) String ownerUserId,
            LocalDate dueDate, ActionPriority priority, @Size(max = 5) Set<EcmOutcome> outcomes,
            @Size(max = 50) List<@Valid @NotNull MilestoneRequest> milestones, @Size(max = 100) String parentId,
            @Min(1) @Max(100) Integer weight, @Size(max = 4000) String comment,
            @Size(max = 2000) @Pattern(regexp = LINK) String evidenceLink) {

        ActionDetails details() {
            return new RaiseRequest("-", title, description, ownerOrganisationId, ownerUserId, null, dueDate,
                    priority, outcomes, milestones, parentId, weight).details();
        }
    }

    record StatusRequest(@NotNull ActionStatus status, @Size(max = 1000) String reason,
            @Min(0) @Max(100) Integer progress, @Size(max = 4000) String comment,
            @Size(max = 2000) @Pattern(regexp = LINK) String evidenceLink) {
    }

    record ProgressRequest(@NotNull @Min(0) @Max(100) Integer progress, @Size(max = 4000) String comment,
            @Size(max = 2000) @Pattern(regexp = LINK) String evidenceLink) {
    }

    record CommentRequest(@NotBlank @Size(max = 4000) String comment,
            @Size(max = 2000) @Pattern(regexp = LINK) String evidenceLink) {
    }

    record PartyRequest(@NotBlank @Size(max = 100) String organisationId) {
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
