package uk.org.networkcommons.cameoservice.workshop.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.workshop.LaWorkshopSummary;
import uk.org.networkcommons.cameoservice.workshop.Workshop;
import uk.org.networkcommons.cameoservice.workshop.Workshops;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.workshop.WorkshopPlan;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.web.Versions;

@RestController
class WorkshopController {

    private final Workshops workshops;

    WorkshopController(Workshops workshops) {
        this.workshops = workshops;
    }

    @PostMapping("/api/networks/{networkId}/workshops")
    ResponseEntity<WorkshopView> schedule(Viewer viewer, @PathVariable NetworkId networkId,
            @Valid @RequestBody PlanRequest request) {
        Workshop workshop = workshops.schedule(viewer, networkId, request.plan());
        return ResponseEntity.created(URI.create("/api/workshops/" + workshop.aggregateId()))
                .eTag(Versions.etag(workshop.version())).body(WorkshopView.of(workshop));
    }

    @GetMapping("/api/networks/{networkId}/workshops")
    List<WorkshopView.Summary> list(Viewer viewer, @PathVariable NetworkId networkId) {
        return workshops.ofNetwork(viewer, networkId).stream().map(WorkshopView.Summary::of).toList();
    }

    /** Workshops held and planned across an LA's networks: its officers and the admin only (404 for anyone else). */
    @GetMapping("/api/workshops/summary")
    LaWorkshopSummary summary(Viewer viewer, @RequestParam String laCode) {
        return workshops.summary(viewer, laCode);
    }

    @GetMapping("/api/workshops/{workshopId}")
    ResponseEntity<WorkshopView> get(Viewer viewer, @PathVariable WorkshopId workshopId) {
        Workshop workshop = workshops.get(viewer, workshopId);
        return ResponseEntity.ok().eTag(Versions.etag(workshop.version())).body(WorkshopView.of(workshop));
    }

    /** Re-plans the workshop (date, material, participants) until it is completed. */
    @PutMapping("/api/workshops/{workshopId}")
    ResponseEntity<WorkshopView> changePlan(Viewer viewer, @PathVariable WorkshopId workshopId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PlanRequest request) {
        Workshop workshop = workshops.changePlan(viewer, workshopId, Versions.fromIfMatch(ifMatch), request.plan());
        return ResponseEntity.ok().eTag(Versions.etag(workshop.version())).body(WorkshopView.of(workshop));
    }

    /** Freezes the record and publishes it with one ActionProposed per proposed action. */
    @PostMapping("/api/workshops/{workshopId}/completion")
    ResponseEntity<WorkshopView> complete(Viewer viewer, @PathVariable WorkshopId workshopId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Workshop workshop = workshops.complete(viewer, workshopId, Versions.fromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(workshop.version())).body(WorkshopView.of(workshop));
    }

    record PlanRequest(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date,
            @Size(max = 200) String facilitator,
            @Size(max = 50) List<@NotBlank @Size(max = 120) String> challengeIds,
            @Size(max = 50) List<@NotBlank @Size(max = 120) String> cameoIds,
            @Size(max = 50) List<@NotBlank @Size(max = 120) String> scenarioIds,
            @Size(max = 100) List<@NotBlank @Size(max = 120) String> questionIds,
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> participantOrganisationIds) {

        /** Repeated ids are kept once, in the order first given. */
        WorkshopPlan plan() {
            return new WorkshopPlan(title.strip(), date, facilitator == null || facilitator.isBlank() ? null
                    : facilitator.strip(), distinct(challengeIds), distinct(cameoIds), distinct(scenarioIds),
                    distinct(questionIds), distinct(participantOrganisationIds).stream().map(OrganisationId::of).toList());
        }

        private static List<String> distinct(List<String> ids) {
            return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().map(String::strip).toList()));
        }
    }
}
