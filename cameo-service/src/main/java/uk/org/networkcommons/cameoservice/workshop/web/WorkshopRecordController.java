package uk.org.networkcommons.cameoservice.workshop.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.workshop.ActionDraft;
import uk.org.networkcommons.cameoservice.workshop.Position;
import uk.org.networkcommons.cameoservice.workshop.Workshop;
import uk.org.networkcommons.cameoservice.workshop.Workshops;
import uk.org.networkcommons.cameoservice.workshop.Workshops.Proposal;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.web.Versions;

/**
 * What participants record in the room: per dimension, where they are now and where they want to be (the library's
 * self-assessment template), and the actions they propose. Open to those who run the network and to staff of the
 * organisations taking part, until the workshop is completed.
 */
@RestController
class WorkshopRecordController {

    private final Workshops workshops;

    WorkshopRecordController(Workshops workshops) {
        this.workshops = workshops;
    }

    /** Records or replaces one dimension; the key is how the dimension is followed across workshops. */
    @PutMapping("/api/workshops/{workshopId}/dimensions/{dimensionKey}")
    ResponseEntity<WorkshopView> recordDimension(Viewer viewer, @PathVariable WorkshopId workshopId,
            @PathVariable String dimensionKey, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DimensionRequest request) {
        Workshop workshop = workshops.recordDimension(viewer, workshopId, Versions.fromIfMatch(ifMatch), dimensionKey,
                request.name(), PositionRequest.toPosition(request.now()), PositionRequest.toPosition(request.target()),
                request.notes());
        return ResponseEntity.ok().eTag(Versions.etag(workshop.version())).body(WorkshopView.of(workshop));
    }

    @DeleteMapping("/api/workshops/{workshopId}/dimensions/{dimensionKey}")
    ResponseEntity<Void> removeDimension(Viewer viewer, @PathVariable WorkshopId workshopId,
            @PathVariable String dimensionKey, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Workshop workshop = workshops.removeDimension(viewer, workshopId, Versions.fromIfMatch(ifMatch), dimensionKey);
        return ResponseEntity.noContent().eTag(Versions.etag(workshop.version())).build();
    }

    @PostMapping("/api/workshops/{workshopId}/proposed-actions")
    ResponseEntity<WorkshopView.ProposedActionView> propose(Viewer viewer, @PathVariable WorkshopId workshopId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequest request) {
        Proposal proposal = workshops.propose(viewer, workshopId, Versions.fromIfMatch(ifMatch), request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(proposal.workshop().version()))
                .body(WorkshopView.ProposedActionView.of(proposal.action()));
    }

    @PutMapping("/api/workshops/{workshopId}/proposed-actions/{proposalId}")
    ResponseEntity<WorkshopView.ProposedActionView> revise(Viewer viewer, @PathVariable WorkshopId workshopId,
            @PathVariable String proposalId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequest request) {
        Proposal proposal = workshops.reviseProposal(viewer, workshopId, Versions.fromIfMatch(ifMatch), proposalId,
                request.draft());
        return ResponseEntity.ok().eTag(Versions.etag(proposal.workshop().version()))
                .body(WorkshopView.ProposedActionView.of(proposal.action()));
    }

    @DeleteMapping("/api/workshops/{workshopId}/proposed-actions/{proposalId}")
    ResponseEntity<Void> withdraw(Viewer viewer, @PathVariable WorkshopId workshopId, @PathVariable String proposalId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Workshop workshop = workshops.withdrawProposal(viewer, workshopId, Versions.fromIfMatch(ifMatch), proposalId);
        return ResponseEntity.noContent().eTag(Versions.etag(workshop.version())).build();
    }

    record DimensionRequest(@NotBlank @Size(max = 200) String name, @Valid PositionRequest now,
            @Valid PositionRequest target, @Size(max = 8000) String notes) {
    }

    /** Ratings are on the template's four-point scale; blank evidence lines are dropped. */
    record PositionRequest(@Min(1) @Max(4) Integer rating, @Size(max = 4000) String narrative,
            @Size(max = Position.EVIDENCE_SLOTS) List<@Size(max = 500) String> evidence) {

        static Position toPosition(PositionRequest request) {
            return request == null ? Position.blank()
                    : new Position(request.rating(), request.narrative(), request.evidence());
        }
    }

    record ActionRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
            @NotBlank @Size(max = 100) String ownerOrganisationId, LocalDate dueDate,
            @Size(max = 5) Set<@NotNull EcmOutcome> outcomes, @Size(max = 80) String dimensionKey,
            @Size(max = 120) String originQuestionId, @Size(max = 120) String originCameoId) {

        ActionDraft draft() {
            return new ActionDraft(title, description, OrganisationId.of(ownerOrganisationId.strip()), dueDate,
                    outcomes, blankToNull(dimensionKey), blankToNull(originQuestionId), blankToNull(originCameoId));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
