package uk.org.networkcommons.gateway.portal.workshop;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.portal.shell.ServiceCalls;

/**
 * Workshops as cameo-service keeps them. Every change sends the version the person's form was built from as
 * If-Match, so two people recording the same workshop at once cannot overwrite each other unseen.
 */
@Component
class WorkshopRecords {

    private final ServiceCalls calls;

    WorkshopRecords(ServiceCalls calls) {
        this.calls = calls;
    }

    Mono<Workshop> workshop(ServerWebExchange exchange, String workshopId) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/workshops/{id}").build(workshopId),
                Workshop.class);
    }

    Mono<AssessmentTemplate> template(ServerWebExchange exchange) {
        return calls.get(exchange, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/library/self-assessment-template").build(), AssessmentTemplate.class);
    }

    Mono<Workshop> schedule(ServerWebExchange exchange, String networkId, Plan plan) {
        return calls.send(exchange, HttpMethod.POST, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/networks/{id}/workshops").build(networkId), plan, null, Workshop.class);
    }

    Mono<Workshop> changePlan(ServerWebExchange exchange, String workshopId, long version, Plan plan) {
        return calls.send(exchange, HttpMethod.PUT, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/workshops/{id}").build(workshopId), plan, Workshop.etag(version),
                Workshop.class);
    }

    Mono<Workshop> recordDimension(ServerWebExchange exchange, String workshopId, long version, String key,
            DimensionRecord dimension) {
        return calls.send(exchange, HttpMethod.PUT, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/workshops/{id}/dimensions/{key}").build(workshopId, key), dimension,
                Workshop.etag(version), Workshop.class);
    }

    Mono<Void> propose(ServerWebExchange exchange, String workshopId, long version, ActionProposal action) {
        return calls.send(exchange, HttpMethod.POST, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/workshops/{id}/proposed-actions").build(workshopId), action,
                Workshop.etag(version));
    }

    Mono<Void> withdraw(ServerWebExchange exchange, String workshopId, long version, String proposalId) {
        return calls.send(exchange, HttpMethod.DELETE, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/workshops/{id}/proposed-actions/{proposal}").build(workshopId, proposalId),
                null, Workshop.etag(version));
    }

    Mono<Workshop> complete(ServerWebExchange exchange, String workshopId, long version) {
        return calls.send(exchange, HttpMethod.POST, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/workshops/{id}/completion").build(workshopId), null, Workshop.etag(version),
                Workshop.class);
    }

    /** The body of {@code POST /api/networks/{id}/workshops} and {@code PUT /api/workshops/{id}}: the whole plan. */
    record Plan(String title, LocalDate date, String facilitator, List<String> challengeIds, List<String> cameoIds,
            List<String> scenarioIds, List<String> questionIds, List<String> participantOrganisationIds) {

        /** The same plan with other material. */
        static Plan of(Workshop workshop, List<String> challengeIds, List<String> cameoIds, List<String> scenarioIds,
                List<String> questionIds) {
            return new Plan(workshop.title(), workshop.date(), workshop.facilitator(), challengeIds, cameoIds,
                    scenarioIds, questionIds, workshop.participantOrganisationIds());
        }
    }

    /** The body of {@code PUT /api/workshops/{id}/dimensions/{key}}. */
    record DimensionRecord(String name, PositionRecord now, PositionRecord target, String notes) {
    }

    record PositionRecord(Integer rating, String narrative, List<String> evidence) {
    }

    /** The body of {@code POST /api/workshops/{id}/proposed-actions}. */
    record ActionProposal(String title, String description, String ownerOrganisationId, LocalDate dueDate,
            List<String> outcomes, String dimensionKey, String originQuestionId, String originCameoId) {
    }
}
