package uk.org.networkcommons.infra.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

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
