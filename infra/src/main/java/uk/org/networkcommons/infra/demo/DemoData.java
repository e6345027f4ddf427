package uk.org.networkcommons.infra.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.infra.DemoUsers;

/**
 * The demo data set, as versioned JSON shipped in this module ({@code fernmoor-v1.json}): organisations with fixed ids,
 * networks with their leaders, members, departures, agreement and join requests, a workshop with its record and
 * proposed actions, and actions raised directly, each step naming the demo user who takes it. Nothing here is written
 * to a database directly: {@link DemoSeeder} replays it through the services' APIs.
 */
public record DemoData(String format, int version, String description, String localAuthority, String registeredBy,
                       List<Organisation> organisations, List<Network> networks) {

    public static final String FORMAT = "network-commons.demo-data.v1";
    public static final String RESOURCE = "fernmoor-v1.json";
    /** How many copies {@link #copy} makes with URNs of their own: the copy number takes three of a URN's six digits. */
    public static final int MAX_COPIES = 999;

    private static final Pattern RELATIVE = Pattern.compile("today(?:([+-])(\\d+)([dwm]))?");
    private static final ObjectMapper JSON = JsonMapper.builder()
            // a misspelt field in the data set would otherwise be dropped without a word
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public DemoData {
        organisations = List.copyOf(organisations);
        networks = List.copyOf(networks);
    }

    /** The data set shipped with the launcher. */
    public static DemoData shipped() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo data set " + RESOURCE + " is missing from the launcher");
            }
            DemoData data = JSON.readValue(in, DemoData.class);
            if (!FORMAT.equals(data.format())) {
                throw new IllegalStateException(RESOURCE + " has format " + data.format() + ", not " + FORMAT);
            }
            return data;
        } catch (IOException | JacksonException unreadable) {
            throw new IllegalStateException("cannot read the demo data set " + RESOURCE + ": "
                    + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * The data set once more, as copy {@code number} (1 or more), for growing a platform to many times the demo's size
     * through the same APIs: every organisation again under a fresh id, with "(copy n)" after its name and a URN of its
     * own, and every network, workshop and action again in the same shape, the networks and workshops marked
     * "(copy n)". The copies' networks admit the fresh organisations in the originals' places, except the organisations
     * the demo users work for: the users act for those in the data (a co-ordinator's school, a partner worker's agency),
     * so those stay, and each copy's network has them as its original has. Seeding copies 1 to 9 after the demo holds
     * ten times its organisations, networks, workshops and actions.
     */
    public DemoData copy(int number) {
        if (number < 1 || number > MAX_COPIES) {
            throw new IllegalArgumentException("copy numbers run from 1 to " + MAX_COPIES + ", not " + number);
        }
        Set<String> usersOrganisations = new HashSet<>();
        DemoUsers.ALL.stream().map(DemoUsers.DemoUser::organisationId).filter(Objects::nonNull)
                .forEach(usersOrganisations::add);
        String mark = " (copy " + number + ")";
        Map<String, String> fresh = new HashMap<>();
        List<Organisation> copies = organisations.stream().map(original -> {
            String id = UUID.nameUUIDFromBytes(("copy " + number + " of " + original.id())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            if (!usersOrganisations.contains(original.id())) {
                fresh.put(original.id(), id);
            }
            return new Organisation(id, original.name() + mark, original.kind(), original.laCode(),
                    copiedUrn(original.urn(), number), original.phase(), original.agencyType());
        }).toList();
        UnaryOperator<String> organisation = id -> fresh.getOrDefault(id, id);
        UnaryOperator<List<String>> each = ids -> ids == null ? null : ids.stream().map(organisation).toList();
        List<Network> networkCopies = networks.stream().map(network -> new Network(network.key() + "-copy-" + number,
                network.formedBy(),
                new NetworkDetails(network.details().name() + mark, network.details().type(),
                        network.details().basis(), network.details().focus(), network.details().continuumForm(),
                        network.details().governanceModel(), network.details().objectives(),
                        network.details().endsOn()),
                network.leaders(), network.membersAdmittedBy(),
                network.members().stream().map(member -> new Member(organisation.apply(member.organisation()),
                        member.role(), member.since())).toList(),
                network.departures().stream().map(departure -> new Departure(
                        organisation.apply(departure.organisation()), departure.on(), departure.reason())).toList(),
                network.agreement() == null ? null : new Agreement(network.agreement().by(),
                        network.agreement().jointObjectives(), network.agreement().serviceLevelAgreements() == null
                        ? null : network.agreement().serviceLevelAgreements().stream().map(line -> new ServiceLine(
                                line.service(), organisation.apply(line.providedBy()), line.fundedBy(), line.terms()))
                        .toList(), network.agreement().withdrawalTerms(), network.agreement().consultation()),
                network.joinRequests().stream().map(request -> new JoinRequest(request.by(),
                        organisation.apply(request.organisation()), request.role(), request.message())).toList(),
                network.workshops().stream().map(workshop -> new Workshop(workshop.scheduledBy(),
                        workshop.title() + mark, workshop.date(), workshop.facilitator(), workshop.challengeIds(),
                        workshop.cameoIds(), workshop.scenarioIds(), workshop.questionIds(),
                        each.apply(workshop.participantOrganisationIds()), workshop.dimensions(),
                        workshop.proposedActions().stream().map(proposal -> new ProposedAction(proposal.key(),
                                proposal.by(), proposal.title(), proposal.description(),
                                organisation.apply(proposal.ownerOrganisationId()), proposal.dueDate(),
                                proposal.outcomes(), proposal.dimensionKey(), proposal.originQuestionId(),
                                proposal.originCameoId(), proposal.steps())).toList(),
                        workshop.completedBy())).toList(),
                network.actions().stream().map(action -> new Action(action.by(), action.title(), action.description(),
                        organisation.apply(action.ownerOrganisationId()), each.apply(action.partyOrganisationIds()),
                        action.dueDate(), action.priority(), action.outcomes(), action.milestones(), action.steps()))
                        .toList()))
                .toList();
        return new DemoData(format, version, description + mark, localAuthority, registeredBy, copies, networkCopies);
    }

    /**
     * A six-digit URN no other copy and no shipped school has: 8, the copy number in three digits, and the original's
     * last two digits (the shipped URNs are 9901xx, so their last two digits tell the schools apart).
     */
    private static String copiedUrn(String urn, int number) {
        return urn == null ? null : "8%03d%s".formatted(number, urn.substring(urn.length() - 2));
    }

    /**
     * A date of the data set: an ISO date, or one relative to {@code today} ({@code today-42d}, {@code today+2w},
     * {@code today+3m}), so that what is overdue, due soon or long done stays so whenever the demo is seeded.
     */
    public static LocalDate date(String text, LocalDate today) {
        if (text == null) {
            return null;
        }
        Matcher relative = RELATIVE.matcher(text);
        if (!relative.matches()) {
            return LocalDate.parse(text);
        }
        if (relative.group(1) == null) {
            return today;
        }
        long amount = Long.parseLong(relative.group(2)) * (relative.group(1).equals("-") ? -1 : 1);
        return switch (relative.group(3)) {
            case "d" -> today.plusDays(amount);
            case "w" -> today.plusWeeks(amount);
            default -> today.plusMonths(amount);
        };
    }

    public record Organisation(String id, String name, String kind, String laCode, String urn, String phase,
                               String agencyType) {
    }

    /**
     * @param formedBy          the LA officer who forms it
     * @param membersAdmittedBy who admits the members and records departures (a co-ordinator, or the LA officer)
     */
    public record Network(String key, String formedBy, NetworkDetails details, List<Leader> leaders,
                          String membersAdmittedBy, List<Member> members, List<Departure> departures,
                          Agreement agreement, List<JoinRequest> joinRequests, List<Workshop> workshops,
                          List<Action> actions) {

        public Network {
            leaders = orEmpty(leaders);
            members = orEmpty(members);
            departures = orEmpty(departures);
            joinRequests = orEmpty(joinRequests);
            workshops = orEmpty(workshops);
            actions = orEmpty(actions);
        }
    }

    public record NetworkDetails(String name, String type, String basis, List<String> focus, String continuumForm,
                                 String governanceModel, String objectives, String endsOn) {
    }

    public record Leader(String user, String displayName, String role, String by) {
    }

    public record Member(String organisation, String role, String since) {
    }

    public record Departure(String organisation, String on, String reason) {
    }

    public record ServiceLine(String service, String providedBy, String fundedBy, String terms) {
    }

    public record Agreement(String by, String jointObjectives, List<ServiceLine> serviceLevelAgreements,
                            String withdrawalTerms, String consultation) {
    }

    public record JoinRequest(String by, String organisation, String role, String message) {
    }

    public record Workshop(String scheduledBy, String title, String date, String facilitator,
                           List<String> challengeIds, List<String> cameoIds, List<String> scenarioIds,
                           List<String> questionIds, List<String> participantOrganisationIds,
                           List<Dimension> dimensions, List<ProposedAction> proposedActions, String completedBy) {

        public Workshop {
            dimensions = orEmpty(dimensions);
            proposedActions = orEmpty(proposedActions);
        }
    }

    public record Position(Integer rating, String narrative, List<String> evidence) {
    }

    public record Dimension(String key, String by, String name, Position now, Position target, String notes) {
    }

    /** Proposed in the workshop; once the tracker has turned it into an action, its {@code steps} are taken. */
    public record ProposedAction(String key, String by, String title, String description, String ownerOrganisationId,
                                 String dueDate, List<String> outcomes, String dimensionKey, String originQuestionId,
                                 String originCameoId, List<Step> steps) {

        public ProposedAction {
            steps = orEmpty(steps);
        }
    }

    public record Milestone(String title, String due, boolean done) {
    }

    /** Raised directly in the tracker by whoever runs the network, then taken through its {@code steps}. */
    public record Action(String by, String title, String description, String ownerOrganisationId,
                         List<String> partyOrganisationIds, String dueDate, String priority, List<String> outcomes,
                         List<Milestone> milestones, List<Step> steps) {

        public Action {
            partyOrganisationIds = orEmpty(partyOrganisationIds);
            outcomes = orEmpty(outcomes);
            milestones = orEmpty(milestones);
            steps = orEmpty(steps);
        }
    }

    /** A move to another status (with its reason, progress and comment), or, without a status, a progress report. */
    public record Step(String by, String status, String reason, Integer progress, String comment,
                       String evidenceLink) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
