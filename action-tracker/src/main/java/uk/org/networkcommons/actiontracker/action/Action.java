package uk.org.networkcommons.actiontracker.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.action.ActionAgreed;
import uk.org.networkcommons.events.action.ActionAssigned;
import uk.org.networkcommons.events.action.ActionBlocked;
import uk.org.networkcommons.events.action.ActionCancelled;
import uk.org.networkcommons.events.action.ActionCommented;
import uk.org.networkcommons.events.action.ActionCompleted;
import uk.org.networkcommons.events.action.ActionOverdue;
import uk.org.networkcommons.events.action.ActionPriority;
import uk.org.networkcommons.events.action.ActionProgressed;
import uk.org.networkcommons.events.action.ActionRaised;
import uk.org.networkcommons.events.action.ActionStalled;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.platform.outbox.EventScope;
import uk.org.networkcommons.platform.outbox.OutboxAggregate;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.problem.NotFoundException;

/**
 * An action a network has taken on (or been proposed): what, who owns it, who else is party to it, when it is due, and
 * where it is in the {@link Workflow}. Every change appends an {@link UpdateEntry} and raises its event in the same
 * single-document write (ADR 2); reminders claim their occurrence in that write too, so the version guard of the
 * store decides between instances.
 */
@Document("actions")
public class Action extends OutboxAggregate {

    /** Who the log names for changes the tracker makes itself (roll-ups). */
    public static final UserId SYSTEM = UserId.of("action-tracker");
    /** Keeps one action's document (log and outbox included) well inside MongoDB's limit. */
    static final int MAX_UPDATES = 2_000;
    static final int MAX_PARTIES = 50;
    static final int MAX_MILESTONES = 50;
    /** Actions without a due date sort after all dated ones. */
    private static final String NO_DUE_DATE = "9999-12-31";

    @Id
    private ActionId id;
    private String title;
    private String description;
    @Indexed
    private NetworkId networkId;
    @Indexed
    private LaCode laCode;
    private Origin origin;
    @Indexed
    private OrganisationId ownerOrganisationId;
    private UserId ownerUserId;
    @Indexed
    private List<OrganisationId> partyOrganisationIds = new ArrayList<>();
    private LocalDate dueDate;
    private ActionPriority priority;
    private List<EcmOutcome> outcomes = new ArrayList<>();
    private ActionStatus status;
    private String statusReason;
    private int progress;
    private List<Milestone> milestones = new ArrayList<>();
    @Indexed
    private ActionId parentId;
    private int weight;
    private UserId raisedBy;
    private Instant createdAt;
    private Instant lastUpdatedAt;
    /** The due date an ActionOverdue was published for; cleared when the due date changes. */
    private LocalDate overdueNotifiedFor;
    /** The last update an ActionStalled was published for; cleared by every update. */
    private Instant stalledNotifiedFor;
    /** Due date then id: the one stable order of lists and their cursors. */
    @Indexed
    private String sortKey;
    /** Title and description lower-cased, for case-insensitive search on any MongoDB. */
    private String searchText;
    private List<UpdateEntry> updates = new ArrayList<>();

    protected Action() {
    }

    /** A new action in PROPOSED, from a workshop's proposal or raised directly. */
    public static Action raise(ActionId id, NetworkId networkId, LaCode laCode, Origin origin, ActionDetails details,
            Collection<OrganisationId> parties, UserId raisedBy, Clock clock) {
        requireValid(details);
        Action action = new Action();
        action.id = id;
        action.networkId = networkId;
        action.laCode = laCode;
        action.origin = origin;
        action.apply(details);
        action.partyOrganisationIds = new ArrayList<>(new LinkedHashSet<>(parties));
        action.partyOrganisationIds.remove(details.ownerOrganisationId());
        if (action.partyOrganisationIds.size() > MAX_PARTIES) {
            throw new InvalidRequestException("partyOrganisationIds", "at most %d parties".formatted(MAX_PARTIES));
        }
        action.status = ActionStatus.PROPOSED;
        action.progress = 0;
        action.raisedBy = raisedBy;
        action.createdAt = now(clock);
        action.log("RAISED", raisedBy, clock, List.of(), origin.kind() == Origin.Kind.DIRECT ? "Raised directly"
                : "Proposed at workshop " + origin.workshopId(), null);
        action.raise(new ActionRaised(id, networkId, laCode, action.ownerOrganisationId, action.parties(),
                action.title, action.status, action.priority, action.dueDate, Set.copyOf(action.outcomes),
                origin.workshopId(), origin.proposalId(), action.parentId, raisedBy), clock);
        return action;
    }

    /** Replaces the editable fields; returns false (and changes nothing) if none changed and there is no comment. */
    public boolean revise(ActionDetails details, String comment, String evidenceLink, UserId by, Clock clock) {
        requireOpen();
        requireValid(details);
        List<UpdateEntry.Change> changes = new ArrayList<>();
        diff(changes, "title", title, details.title());
        diff(changes, "description", description, details.description());
        diff(changes, "ownerOrganisationId", ownerOrganisationId, details.ownerOrganisationId());
        diff(changes, "ownerUserId", ownerUserId, details.ownerUserId());
        diff(changes, "dueDate", dueDate, details.dueDate());
        diff(changes, "priority", priority, details.priority());
        diff(changes, "outcomes", new TreeSet<>(outcomes), new TreeSet<>(details.outcomes()));
        diff(changes, "milestones", milestones, details.milestones());
        diff(changes, "parentId", parentId, details.parentId());
        diff(changes, "weight", weight, details.weight());
        if (changes.isEmpty() && isBlank(comment)) {
            return false;
        }
        boolean reassigned = !Objects.equals(ownerOrganisationId, details.ownerOrganisationId())
                || !Objects.equals(ownerUserId, details.ownerUserId());
        apply(details);
        partyOrganisationIds.remove(ownerOrganisationId);
        log("REVISED", by, clock, changes, comment, evidenceLink);
        if (reassigned) {
            raise(new ActionAssigned(id, networkId, laCode, ownerOrganisationId, parties(), ownerUserId, by), clock);
        } else {
            raise(new ActionProgressed(id, networkId, laCode, ownerOrganisationId, parties(), status, progress, by),
                    clock);
        }
        return true;
    }

    /**
     * Moves the action along the workflow.
     *
     * @param explicitProgress the progress to set instead of the new status's default, or null
     */
    public void moveTo(ActionStatus to, String reason, Integer explicitProgress, String comment, String evidenceLink,
            UserId by, Clock clock) {
        Workflow.requireAllowed(status, to);
        if ((to == ActionStatus.BLOCKED || to == ActionStatus.CANCELLED) && isBlank(reason)) {
            throw new InvalidRequestException("reason", "say why the action is " + to.name().toLowerCase(Locale.ROOT));
        }
        int newProgress = explicitProgress != null ? requireProgress(explicitProgress)
                : Workflow.defaultProgress(to, progress);
        List<UpdateEntry.Change> changes = new ArrayList<>();
        diff(changes, "status", status, to);
        diff(changes, "progress", progress, newProgress);
        String newReason = to == ActionStatus.BLOCKED || to == ActionStatus.CANCELLED ? reason.strip() : null;
        diff(changes, "statusReason", statusReason, newReason);
        status = to;
        progress = newProgress;
        statusReason = newReason;
        log("STATUS", by, clock, changes, comment, evidenceLink);
        Set<OrganisationId> parties = parties();
        raise(switch (to) {
            case AGREED -> new ActionAgreed(id, networkId, laCode, ownerOrganisationId, parties, by);
            case BLOCKED -> new ActionBlocked(id, networkId, laCode, ownerOrganisationId, parties, statusReason,
                    progress, by);
            case DONE -> new ActionCompleted(id, networkId, laCode, ownerOrganisationId, parties, by);
            case CANCELLED -> new ActionCancelled(id, networkId, laCode, ownerOrganisationId, parties, statusReason,
                    by);
            case PROPOSED, IN_PROGRESS -> new ActionProgressed(id, networkId, laCode, ownerOrganisationId, parties,
                    status, progress, by);
        }, clock);
    }

    /** Records progress without a change of status (only while the action is open). */
    public void recordProgress(int newProgress, String comment, String evidenceLink, UserId by, Clock clock) {
        requireOpen();
        requireProgress(newProgress);
        List<UpdateEntry.Change> changes = new ArrayList<>();
        diff(changes, "progress", progress, newProgress);
        progress = newProgress;
        log("PROGRESS", by, clock, changes, comment, evidenceLink);
        raise(new ActionProgressed(id, networkId, laCode, ownerOrganisationId, parties(), status, progress, by), clock);
    }

    /** Sets the progress rolled up from the children; returns false if it was already that. */
    public boolean rollUp(int childrenProgress, Clock clock) {
        if (childrenProgress == progress || !status.isOpen()) {
            return false;
        }
        List<UpdateEntry.Change> changes = new ArrayList<>();
        diff(changes, "progress", progress, childrenProgress);
        progress = childrenProgress;
        log("ROLL_UP", SYSTEM, clock, changes, "Progress of the sub-actions", null);
        raise(new ActionProgressed(id, networkId, laCode, ownerOrganisationId, parties(), status, progress, SYSTEM),
                clock);
        return true;
    }

    public void addParty(OrganisationId organisation, UserId by, Clock clock) {
        if (organisation.equals(ownerOrganisationId)) {
            throw new ConflictException("%s owns this action, so it cannot also be a party to it".formatted(organisation));
        }
        if (partyOrganisationIds.contains(organisation)) {
            throw new ConflictException("%s is already a party to this action".formatted(organisation));
        }
        if (partyOrganisationIds.size() >= MAX_PARTIES) {
            throw new ConflictException("An action can have at most %d parties".formatted(MAX_PARTIES));
        }
        Set<OrganisationId> before = parties();
        partyOrganisationIds.add(organisation);
        changeParties(before, by, clock);
    }

    public void removeParty(OrganisationId organisation, UserId by, Clock clock) {
        if (!partyOrganisationIds.contains(organisation)) {
            throw new NotFoundException("party", organisation);
        }
        Set<OrganisationId> before = parties();
        partyOrganisationIds.remove(organisation);
        changeParties(before, by, clock);
    }

    public void comment(String comment, String evidenceLink, UserId by, Clock clock) {
        if (isBlank(comment)) {
            throw new InvalidRequestException("comment", "must not be blank");
        }
        log("COMMENT", by, clock, List.of(), comment, evidenceLink);
        raise(new ActionCommented(id, networkId, laCode, ownerOrganisationId, parties(), comment.strip(),
                evidenceLink, by), clock);
    }

    /**
     * Claims the overdue reminder for the current due date: true (and ActionOverdue raised) if the action is open, past
     * due on {@code today} and not yet reminded for this due date.
     */
    public boolean claimOverdue(LocalDate today, Clock clock) {
        if (!status.isOpen() || dueDate == null || !dueDate.isBefore(today) || dueDate.equals(overdueNotifiedFor)) {
            return false;
        }
        overdueNotifiedFor = dueDate;
        raise(new ActionOverdue(id, networkId, laCode, ownerOrganisationId, parties(), dueDate, status), clock);
        return true;
    }

    /** Claims the stalled reminder for the current quiet period (no update since before {@code threshold}). */
    public boolean claimStalled(Instant threshold, Clock clock) {
        if (!status.isOpen() || !lastUpdatedAt.isBefore(threshold) || lastUpdatedAt.equals(stalledNotifiedFor)) {
            return false;
        }
        stalledNotifiedFor = lastUpdatedAt;
        raise(new ActionStalled(id, networkId, laCode, ownerOrganisationId, parties(), lastUpdatedAt, status), clock);
        return true;
    }

    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isStalledSince(Instant threshold) {
        return status.isOpen() && lastUpdatedAt.isBefore(threshold);
    }

    private void changeParties(Set<OrganisationId> before, UserId by, Clock clock) {
        List<UpdateEntry.Change> changes = new ArrayList<>();
        diff(changes, "partyOrganisationIds", new TreeSet<>(before.stream().map(OrganisationId::value).toList()),
                new TreeSet<>(partyOrganisationIds.stream().map(OrganisationId::value).toList()));
        log("PARTIES", by, clock, changes, null, null);
        raise(new ActionAssigned(id, networkId, laCode, ownerOrganisationId, parties(), ownerUserId, by), clock);
    }

    private void apply(ActionDetails details) {
        boolean newDueDate = !Objects.equals(dueDate, details.dueDate());
        title = details.title().strip();
        description = isBlank(details.description()) ? null : details.description().strip();
        ownerOrganisationId = details.ownerOrganisationId();
        ownerUserId = details.ownerUserId();
        dueDate = details.dueDate();
        priority = details.priority();
        outcomes = new ArrayList<>(new TreeSet<>(details.outcomes()));
        milestones = new ArrayList<>(details.milestones());
        parentId = details.parentId();
        weight = details.weight();
        if (newDueDate) {
            overdueNotifiedFor = null;
        }
        sortKey = (dueDate == null ? NO_DUE_DATE : dueDate.toString()) + "|" + id.value();
        searchText = (title + "\n" + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    }

    private void log(String kind, UserId by, Clock clock, List<UpdateEntry.Change> changes, String comment,
            String evidenceLink) {
        if (updates.size() >= MAX_UPDATES) {
            throw new ConflictException("This action's log is full (%d entries); raise a follow-up action"
                    .formatted(MAX_UPDATES));
        }
        Instant now = now(clock);
        updates.add(new UpdateEntry(updates.size() + 1, kind, by, now, changes, isBlank(comment) ? null
                : comment.strip(), isBlank(evidenceLink) ? null : evidenceLink.strip()));
        lastUpdatedAt = now;
        stalledNotifiedFor = null;
    }

    private static void diff(List<UpdateEntry.Change> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(new UpdateEntry.Change(field, text(from), text(to)));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Action::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Milestone milestone) {
            return "%s (due %s%s)".formatted(milestone.title(), milestone.due(), milestone.done() ? ", done" : "");
        }
        return value.toString();
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException("This action is %s; it can no longer change".formatted(status));
        }
    }

    private static int requireProgress(int progress) {
        if (progress < 0 || progress > 100) {
            throw new InvalidRequestException("progress", "must be a percentage from 0 to 100");
        }
        return progress;
    }

    private static void requireValid(ActionDetails details) {
        if (isBlank(details.title())) {
            throw new InvalidRequestException("title", "an action needs a title");
        }
        if (details.ownerOrganisationId() == null) {
            throw new InvalidRequestException("ownerOrganisationId", "an action needs an owner organisation");
        }
        if (details.milestones().size() > MAX_MILESTONES) {
            throw new InvalidRequestException("milestones", "at most %d milestones".formatted(MAX_MILESTONES));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    public static Set<ActionStatus> openStatuses() {
        return EnumSet.of(ActionStatus.PROPOSED, ActionStatus.AGREED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED);
    }

    @Override
    public String aggregateId() {
        return id.value();
    }

    @Override
    protected String topic() {
        return Topics.ACTIONS;
    }

    @Override
    protected EventScope eventScope() {
        return EventScope.ofNetwork(networkId, laCode);
    }

    public ActionId id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public NetworkId networkId() {
        return networkId;
    }

    public LaCode laCode() {
        return laCode;
    }

    public Origin origin() {
        return origin;
    }

    public OrganisationId ownerOrganisationId() {
        return ownerOrganisationId;
    }

    public UserId ownerUserId() {
        return ownerUserId;
    }

    /** The parties in the order they were added. */
    public Set<OrganisationId> parties() {
        return new LinkedHashSet<>(partyOrganisationIds);
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionPriority priority() {
        return priority;
    }

    public Set<EcmOutcome> outcomes() {
        return Set.copyOf(outcomes);
    }

    public ActionStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public int progress() {
        return progress;
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public ActionId parentId() {
        return parentId;
    }

    public int weight() {
        return weight;
    }

    public UserId raisedBy() {
        return raisedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUpdatedAt() {
        return lastUpdatedAt;
    }

    public String sortKey() {
        return sortKey;
    }

    public List<UpdateEntry> updates() {
        return List.copyOf(updates);
    }

    public ActionDetails details() {
        return new ActionDetails(title, description, ownerOrganisationId, ownerUserId, dueDate, priority,
                Set.copyOf(outcomes), milestones, parentId, weight);
    }
}
