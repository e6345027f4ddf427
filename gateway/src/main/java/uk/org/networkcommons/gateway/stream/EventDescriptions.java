package uk.org.networkcommons.gateway.stream;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.action.ActionAgreed;
import uk.org.networkcommons.events.action.ActionAssigned;
import uk.org.networkcommons.events.action.ActionBlocked;
import uk.org.networkcommons.events.action.ActionCancelled;
import uk.org.networkcommons.events.action.ActionCommented;
import uk.org.networkcommons.events.action.ActionCompleted;
import uk.org.networkcommons.events.action.ActionEvent;
import uk.org.networkcommons.events.action.ActionOverdue;
import uk.org.networkcommons.events.action.ActionProgressed;
import uk.org.networkcommons.events.action.ActionRaised;
import uk.org.networkcommons.events.action.ActionStalled;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.events.library.AuthoredItemDrafted;
import uk.org.networkcommons.events.library.AuthoredItemKind;
import uk.org.networkcommons.events.library.AuthoredItemPublished;
import uk.org.networkcommons.events.library.AuthoredItemRetired;
import uk.org.networkcommons.events.library.LibraryEvent;
import uk.org.networkcommons.events.library.Sharing;
import uk.org.networkcommons.events.network.AgreementRecorded;
import uk.org.networkcommons.events.network.CoordinatorAppointed;
import uk.org.networkcommons.events.network.CoordinatorRemoved;
import uk.org.networkcommons.events.network.JoinRequestRejected;
import uk.org.networkcommons.events.network.JoinRequested;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MemberLeft;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkDissolved;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.events.network.NetworkFormed;
import uk.org.networkcommons.events.network.NetworkUpdated;
import uk.org.networkcommons.events.organisation.OrganisationEvent;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.organisation.OrganisationUpdated;
import uk.org.networkcommons.events.workshop.ActionProposed;
import uk.org.networkcommons.events.workshop.WorkshopCompleted;
import uk.org.networkcommons.events.workshop.WorkshopEvent;
import uk.org.networkcommons.events.workshop.WorkshopRescheduled;
import uk.org.networkcommons.events.workshop.WorkshopScheduled;

/**
 * One plain-English sentence for every event in the catalogue, for people reading an activity feed: "Fernmoor Primary
 * joined Fernmoor North Cluster.", "Action ‘Agree transition plan’ moved to In progress (40% done)." Names come from
 * the event itself where it carries them, otherwise from {@link Names}; an id stands in only when no name is known.
 * The switches are exhaustive over the sealed event families, so a new event type does not compile without its
 * sentence.
 */
public final class EventDescriptions {

    /** Said of an object that is not an event in the catalogue. */
    public static final String UNKNOWN = "Something changed.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private EventDescriptions() {
    }

    public static String describe(Object event, Names names) {
        String sentence = switch (event) {
            case NetworkEvent network -> network(network, names);
            case OrganisationEvent organisation -> organisation(organisation);
            case WorkshopEvent workshop -> workshop(workshop, names);
            case ActionEvent action -> action(action, names);
            case LibraryEvent item -> library(item);
            case null, default -> UNKNOWN;
        };
        return capitalised(sentence);
    }

    private static String network(NetworkEvent event, Names names) {
        String network = networkName(event.networkId(), names);
        return switch (event) {
            case NetworkFormed formed -> nameOr(formed.profile() == null ? null : formed.profile().name(), network)
                    + " was formed.";
            case NetworkUpdated updated -> "the details of "
                    + nameOr(updated.profile() == null ? null : updated.profile().name(), network) + " were updated.";
            case NetworkDissolved dissolved -> network + " was dissolved" + on(dissolved.dissolvedOn()) + ".";
            case JoinRequested requested -> organisationName(requested.organisationId(), names) + " asked to join "
                    + network + ".";
            case JoinRequestRejected rejected -> "the request from " + organisationName(rejected.organisationId(), names)
                    + " to join " + network + " was turned down.";
            case MemberJoined joined -> organisationName(joined.organisationId(), names) + " joined " + network
                    + membershipRole(joined.role()) + ".";
            case MemberLeft left -> organisationName(left.organisationId(), names) + " left " + network + ".";
            case CoordinatorAppointed appointed -> nameOr(appointed.displayName(), "someone") + " was appointed "
                    + leadershipRole(appointed.role()) + " of " + network + ".";
            case CoordinatorRemoved removed -> "a " + leadershipRole(removed.role()) + " of " + network
                    + " stood down.";
            case AgreementRecorded agreement -> "version " + agreement.agreementVersion()
                    + " of the partnership agreement of " + network + " was recorded.";
        };
    }

    private static String organisation(OrganisationEvent event) {
        return switch (event) {
            case OrganisationRegistered registered -> registered.profile() == null
                    ? "organisation " + registered.organisationId() + " was registered."
                    : nameOr(registered.profile().name(), "organisation " + registered.organisationId())
                            + " was registered" + organisationKind(registered.profile().kind()) + ".";
            case OrganisationUpdated updated -> "the details of " + nameOr(
                    updated.profile() == null ? null : updated.profile().name(),
                    "organisation " + updated.organisationId()) + " were updated.";
        };
    }

    private static String workshop(WorkshopEvent event, Names names) {
        return switch (event) {
            case WorkshopScheduled scheduled -> "workshop " + workshopName(scheduled.workshopId(),
                    scheduled.plan() == null ? null : scheduled.plan().title(), names) + " was scheduled"
                    + (scheduled.plan() == null ? "" : forDate(scheduled.plan().date())) + " for "
                    + networkName(scheduled.networkId(), names) + ".";
            case WorkshopRescheduled rescheduled -> "the plan for workshop " + workshopName(rescheduled.workshopId(),
                    rescheduled.plan() == null ? null : rescheduled.plan().title(), names) + " changed"
                    + (rescheduled.plan() == null || rescheduled.plan().date() == null ? ""
                            : "; it is now on " + DATE.format(rescheduled.plan().date())) + ".";
            case WorkshopCompleted completed -> "workshop " + workshopName(completed.workshopId(), completed.title(),
                    names) + " was completed" + proposedActions(completed.proposedActionCount()) + ".";
            case ActionProposed proposed -> "workshop " + workshopName(proposed.workshopId(), null, names)
                    + " proposed the action " + quoted(nameOr(proposed.title(), "without a title")) + ".";
        };
    }

    private static String action(ActionEvent event, Names names) {
        String action = "action " + actionName(event, names);
        return switch (event) {
            case ActionRaised raised -> action + " was raised" + (raised.dueDate() == null ? ""
                    : ", due on " + DATE.format(raised.dueDate())) + ".";
            case ActionAgreed agreed -> action + " was agreed.";
            case ActionAssigned assigned -> action + " was assigned to "
                    + organisationName(assigned.ownerOrganisationId(), names) + ".";
            case ActionProgressed progressed -> action + " moved to " + status(progressed.status())
                    + " (" + progressed.progress() + "% done).";
            case ActionBlocked blocked -> action + " is blocked" + (blank(blocked.reason()) ? "" : ": "
                    + withoutFullStop(blocked.reason())) + ".";
            case ActionCompleted completed -> action + " was completed.";
            case ActionCancelled cancelled -> action + " was cancelled" + (blank(cancelled.reason()) ? "" : ": "
                    + withoutFullStop(cancelled.reason())) + ".";
            case ActionOverdue overdue -> action + " is overdue" + (overdue.dueDate() == null ? ""
                    : ": it was due on " + DATE.format(overdue.dueDate())) + ".";
            case ActionStalled stalled -> action + " has had no update" + since(stalled.lastUpdatedAt()) + ".";
            case ActionCommented commented -> "a comment was added to " + action + ".";
        };
    }

    private static String library(LibraryEvent event) {
        String kind = switch (event.kind()) {
            case CAMEO -> "cameo ";
            case QUESTION_SET -> "question set ";
            case null -> "library item ";
        };
        String item = kind + quoted(nameOr(event.title(), event.itemId()));
        return switch (event) {
            case AuthoredItemDrafted drafted -> item + " was drafted.";
            case AuthoredItemPublished published -> item + " was published" + sharedWith(published.sharing()) + ".";
            case AuthoredItemRetired retired -> item + " was retired from the library.";
        };
    }

    private static String actionName(ActionEvent event, Names names) {
        if (event instanceof ActionRaised raised && !blank(raised.title())) {
            return quoted(raised.title());
        }
        ActionId id = event.actionId();
        return id == null ? "(unknown)" : names.action(id).map(EventDescriptions::quoted).orElse(id.value());
    }

    private static String networkName(NetworkId id, Names names) {
        return id == null ? "a network" : names.network(id).orElse("network " + id.value());
    }

    private static String organisationName(OrganisationId id, Names names) {
        return id == null ? "an organisation" : names.organisation(id).orElse("organisation " + id.value());
    }

    private static String workshopName(WorkshopId id, String title, Names names) {
        if (!blank(title)) {
            return quoted(title);
        }
        return id == null ? "(unknown)" : names.workshop(id).map(EventDescriptions::quoted).orElse(id.value());
    }

    private static String membershipRole(MembershipRole role) {
        return switch (role) {
            case LEAD -> " as its lead";
            case SPOKE -> " as a spoke";
            case MEMBER -> "";
            case null -> "";
        };
    }

    private static String leadershipRole(LeadershipRole role) {
        return switch (role) {
            case COORDINATOR -> "co-ordinator";
            case CO_LEADER -> "co-leader";
            case CHAMPION -> "champion";
            case null -> "leader";
        };
    }

    private static String organisationKind(OrganisationKind kind) {
        return switch (kind) {
            case SCHOOL -> " as a school";
            case LOCAL_AUTHORITY -> " as a local authority";
            case PARTNER_AGENCY -> " as a partner agency";
            case null -> "";
        };
    }

    private static String status(ActionStatus status) {
        return switch (status) {
            case PROPOSED -> "Proposed";
            case AGREED -> "Agreed";
            case IN_PROGRESS -> "In progress";
            case BLOCKED -> "Blocked";
            case DONE -> "Done";
            case CANCELLED -> "Cancelled";
            case null -> "a new status";
        };
    }

    private static String sharedWith(Sharing sharing) {
        return switch (sharing) {
            case LA -> " for its local authority";
            case EVERYONE -> " for everyone";
            case null -> "";
        };
    }

    private static String proposedActions(int count) {
        return switch (count) {
            case 0 -> "";
            case 1 -> " with 1 proposed action";
            default -> " with " + count + " proposed actions";
        };
    }

    private static String on(LocalDate date) {
        return date == null ? "" : " on " + DATE.format(date);
    }

    private static String forDate(LocalDate date) {
        return date == null ? "" : " for " + DATE.format(date);
    }

    private static String since(Instant instant) {
        return instant == null ? " for a while" : " since " + DATE.format(instant.atZone(UK).toLocalDate());
    }

    private static String nameOr(String name, String fallback) {
        return blank(name) ? fallback : name;
    }

    private static String quoted(String text) {
        return "‘" + text + "’";
    }

    private static String withoutFullStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
