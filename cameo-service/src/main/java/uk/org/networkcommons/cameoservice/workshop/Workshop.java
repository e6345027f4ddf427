package uk.org.networkcommons.cameoservice.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.workshop.ActionProposed;
import uk.org.networkcommons.events.workshop.DimensionSummary;
import uk.org.networkcommons.events.workshop.WorkshopCompleted;
import uk.org.networkcommons.events.workshop.WorkshopPlan;
import uk.org.networkcommons.events.workshop.WorkshopRescheduled;
import uk.org.networkcommons.events.workshop.WorkshopScheduled;
import uk.org.networkcommons.platform.outbox.EventScope;
import uk.org.networkcommons.platform.outbox.OutboxAggregate;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.problem.NotFoundException;

/**
 * A workshop a network holds with the library: its plan, then the self-assessment and proposed actions the
 * participants record, until it is completed. Completion freezes the record and raises {@link WorkshopCompleted} and
 * one {@link ActionProposed} per proposal in the same single-document write, so the action tracker can never see a
 * completion without its actions or actions of a workshop that was not completed.
 *
 * <p>The network and its LA are fixed when the workshop is scheduled; who may see or change it is decided on the
 * network's current access each time, so a member that leaves loses the workshops with the network.
 */
@Document("workshops")
public class Workshop extends OutboxAggregate {

    public enum Status {
        SCHEDULED, COMPLETED
    }

    /** Bounds keep a workshop well inside one document, which its outbox shares (ADR 2). */
    static final int MAX_DIMENSIONS = 30;
    static final int MAX_PROPOSED_ACTIONS = 100;

    @Id
    private WorkshopId id;
    @Indexed
    private NetworkId networkId;
    /** The LA summary finds an LA's workshops by it; without the index that is a scan of every LA's workshops. */
    @Indexed
    private LaCode laCode;
    private WorkshopPlan plan;
    private Status status;
    private UserId scheduledBy;
    private Instant scheduledAt;
    private List<DimensionAssessment> dimensions = new ArrayList<>();
    private List<ProposedAction> proposedActions = new ArrayList<>();
    private UserId completedBy;
    private Instant completedAt;

    protected Workshop() {
    }

    public static Workshop schedule(WorkshopId id, NetworkId networkId, LaCode laCode, WorkshopPlan plan,
            UserId scheduledBy, Clock clock) {
        requireValid(plan);
        Workshop workshop = new Workshop();
        workshop.id = id;
        workshop.networkId = networkId;
        workshop.laCode = laCode;
        workshop.plan = plan;
        workshop.status = Status.SCHEDULED;
        workshop.scheduledBy = scheduledBy;
        workshop.scheduledAt = now(clock);
        workshop.raise(new WorkshopScheduled(id, networkId, laCode, plan, scheduledBy), clock);
        return workshop;
    }

    /**
     * Replaces the plan (new date, material or participants).
     *
     * @param networkMembers the network's members today: an organisation that owns a proposed action must stay a
     *                       participant or be one of these
     */
    public void changePlan(WorkshopPlan newPlan, Set<OrganisationId> networkMembers, UserId changedBy, Clock clock) {
        requireOpen();
        requireValid(newPlan);
        for (ProposedAction action : proposedActions) {
            if (!newPlan.participantOrganisationIds().contains(action.ownerOrganisationId())
                    && !networkMembers.contains(action.ownerOrganisationId())) {
                throw new InvalidRequestException("participantOrganisationIds",
                        "%s owns the proposed action \"%s\" and is not a member of the network, so it must stay a participant"
                                .formatted(action.ownerOrganisationId(), action.title()));
            }
        }
        plan = newPlan;
        raise(new WorkshopRescheduled(id, networkId, laCode, plan, changedBy), clock);
    }

    /** Records (or replaces) what the participants agreed for one dimension. */
    public DimensionAssessment recordDimension(String key, String name, Position now, Position target, String notes,
            UserId recordedBy, Clock clock) {
        requireOpen();
        if (!DimensionKey.isValid(key)) {
            throw new InvalidRequestException("dimensionKey", "must be lower-case words joined by hyphens, at most %d characters, e.g. %s"
                    .formatted(DimensionKey.MAX_LENGTH, "leadership-across-the-cluster"));
        }
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "a dimension needs a name, e.g. Leadership across the cluster");
        }
        Position current = now == null ? Position.blank() : now;
        Position goal = target == null ? Position.blank() : target;
        requireOnTemplate("now", current);
        requireOnTemplate("target", goal);
        Optional<DimensionAssessment> existing = dimension(key);
        if (existing.isEmpty() && dimensions.size() >= MAX_DIMENSIONS) {
            throw new ConflictException("A workshop records at most %d dimensions".formatted(MAX_DIMENSIONS));
        }
        DimensionAssessment recorded = new DimensionAssessment(key, name.strip(), current, goal,
                notes == null || notes.isBlank() ? null : notes.strip(), recordedBy, now(clock));
        existing.ifPresentOrElse(old -> dimensions.set(dimensions.indexOf(old), recorded), () -> dimensions.add(recorded));
        return recorded;
    }

    public void removeDimension(String key) {
        requireOpen();
        DimensionAssessment dimension = dimension(key).orElseThrow(() -> new NotFoundException("dimension", key));
        long actions = proposedActions.stream().filter(action -> key.equals(action.dimensionKey())).count();
        if (actions > 0) {
            throw new ConflictException("%d proposed action(s) answer \"%s\"; withdraw them or move them to another dimension first"
                    .formatted(actions, dimension.name()));
        }
        dimensions.remove(dimension);
    }

    /**
     * Adds a proposed action under an id the caller made up for it.
     *
     * @param networkMembers the network's members today; the owner must take part in the workshop or be one of them
     */
    public ProposedAction propose(String proposalId, ActionDraft draft, Set<OrganisationId> networkMembers,
            UserId proposedBy, Clock clock) {
        requireOpen();
        if (proposedAction(proposalId).isPresent()) {
            throw new ConflictException("This workshop already has a proposed action with id " + proposalId);
        }
        if (proposedActions.size() >= MAX_PROPOSED_ACTIONS) {
            throw new ConflictException("A workshop proposes at most %d actions".formatted(MAX_PROPOSED_ACTIONS));
        }
        ProposedAction action = checked(proposalId, draft, networkMembers, proposedBy, clock);
        proposedActions.add(action);
        return action;
    }

    /** Rewrites a proposed action; its id stays, so it is still one action in the tracker. */
    public ProposedAction reviseProposal(String proposalId, ActionDraft draft, Set<OrganisationId> networkMembers,
            UserId revisedBy, Clock clock) {
        requireOpen();
        ProposedAction old = proposedAction(proposalId)
                .orElseThrow(() -> new NotFoundException("proposed action", proposalId));
        ProposedAction revised = checked(proposalId, draft, networkMembers, revisedBy, clock);
        proposedActions.set(proposedActions.indexOf(old), revised);
        return revised;
    }

    public void withdrawProposal(String proposalId) {
        requireOpen();
        ProposedAction action = proposedAction(proposalId)
                .orElseThrow(() -> new NotFoundException("proposed action", proposalId));
        proposedActions.remove(action);
    }

    /** Freezes the record and announces it, with one {@link ActionProposed} per proposed action. */
    public void complete(UserId by, Clock clock) {
        requireOpen();
        status = Status.COMPLETED;
        completedBy = by;
        completedAt = now(clock);
        List<DimensionSummary> summaries = dimensions.stream().map(d -> new DimensionSummary(d.name(),
                d.now().rating(), d.target().rating(), d.key())).toList();
        raise(new WorkshopCompleted(id, networkId, laCode, plan.title(), summaries, proposedActions.size(), by,
                completedAt), clock);
        for (ProposedAction action : proposedActions) {
            String dimensionName = action.dimensionKey() == null ? null
                    : dimension(action.dimensionKey()).map(DimensionAssessment::name).orElse(null);
            raise(new ActionProposed(action.proposalId(), id, networkId, laCode, action.title(), action.description(),
                    action.ownerOrganisationId(), action.dueDate(), action.outcomes(), dimensionName,
                    action.originQuestionId(), action.originCameoId(), action.proposedBy(), action.dimensionKey()),
                    clock);
        }
    }

    public boolean isCompleted() {
        return status == Status.COMPLETED;
    }

    public WorkshopId id() {
        return id;
    }

    public NetworkId networkId() {
        return networkId;
    }

    public LaCode laCode() {
        return laCode;
    }

    public WorkshopPlan plan() {
        return plan;
    }

    /** The day the workshop is (or was) held. */
    public LocalDate date() {
        return plan.date();
    }

    public Status status() {
        return status;
    }

    public UserId scheduledBy() {
        return scheduledBy;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public List<DimensionAssessment> dimensions() {
        return List.copyOf(dimensions);
    }

    public Optional<DimensionAssessment> dimension(String key) {
        return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    public List<ProposedAction> proposedActions() {
        return List.copyOf(proposedActions);
    }

    public Optional<ProposedAction> proposedAction(String proposalId) {
        return proposedActions.stream().filter(a -> a.proposalId().equals(proposalId)).findFirst();
    }

    public UserId completedBy() {
        return completedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    @Override
    public String aggregateId() {
        return id.value();
    }

    @Override
    protected String topic() {
        return Topics.WORKSHOPS;
    }

    @Override
    protected EventScope eventScope() {
        return EventScope.ofNetwork(networkId, laCode);
    }

    private ProposedAction checked(String proposalId, ActionDraft draft, Set<OrganisationId> networkMembers,
            UserId by, Clock clock) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidRequestException("title", "a proposed action needs a title");
        }
        OrganisationId owner = draft.ownerOrganisationId();
        if (owner == null) {
            throw new InvalidRequestException("ownerOrganisationId", "say which organisation will own the action");
        }
        Set<OrganisationId> mayOwn = new HashSet<>(plan.participantOrganisationIds());
        mayOwn.addAll(networkMembers);
        if (!mayOwn.contains(owner)) {
            throw new InvalidRequestException("ownerOrganisationId",
                    "must be an organisation taking part in the workshop or a member of the network");
        }
        if (draft.dimensionKey() != null && dimension(draft.dimensionKey()).isEmpty()) {
            throw new InvalidRequestException("dimensionKey", "no dimension %s is recorded in this workshop"
                    .formatted(draft.dimensionKey()));
        }
        if (draft.dueDate() != null && plan.date() != null && draft.dueDate().isBefore(plan.date())) {
            throw new InvalidRequestException("dueDate", "cannot be before the workshop (%s)".formatted(plan.date()));
        }
        return new ProposedAction(proposalId, draft.title().strip(), blankToNull(draft.description()), owner,
                draft.dueDate(), draft.outcomes(), draft.dimensionKey(), draft.originQuestionId(), draft.originCameoId(),
                by, now(clock));
    }

    private void requireOpen() {
        if (isCompleted()) {
            throw new ConflictException("This workshop was completed at %s; its record is frozen".formatted(completedAt));
        }
    }

    private static void requireValid(WorkshopPlan plan) {
        if (plan.title() == null || plan.title().isBlank()) {
            throw new InvalidRequestException("title", "a workshop needs a title");
        }
        if (plan.date() == null) {
            throw new InvalidRequestException("date", "say when the workshop is held");
        }
    }

    private static void requireOnTemplate(String section, Position position) {
        if (!RatingScale.isOnScale(position.rating())) {
            throw new InvalidRequestException(section + ".rating", "must be %d to %d on the self-assessment scale"
                    .formatted(RatingScale.MIN, RatingScale.MAX));
        }
        if (position.evidence().size() > Position.EVIDENCE_SLOTS) {
            throw new InvalidRequestException(section + ".evidence", "at most %d evidence lines, as on the template"
                    .formatted(Position.EVIDENCE_SLOTS));
        }
    }

    /** MongoDB keeps milliseconds: the record answered right after a change must equal the one read back later. */
    private static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
