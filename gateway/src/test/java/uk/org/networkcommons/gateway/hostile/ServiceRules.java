package uk.org.networkcommons.gateway.hostile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.gateway.portal.Upstream;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.FakeService;
import uk.org.networkcommons.gateway.support.FakeServices.Received;

import static uk.org.networkcommons.gateway.portal.Upstream.AGENCY;
import static uk.org.networkcommons.gateway.portal.Upstream.NETWORK;
import static uk.org.networkcommons.gateway.portal.Upstream.OTHER_SCHOOL;
import static uk.org.networkcommons.gateway.portal.Upstream.SCHOOL;
import static uk.org.networkcommons.gateway.portal.Upstream.WORKSHOP;

/**
 * The three services as the fuzzer's fakes play them: every read the portal's pages make is answered with the fixture
 * (one network, its workshop, one action, in the services' own JSON from {@link Upstream}), and every write is checked
 * as the real service checks it, in the real order and wording: no bearer token 401; no such endpoint 404 or 405; a
 * body that is not JSON 415; unreadable JSON 400 {@code malformed-request} naming the field and echoing the value;
 * the request record's constraints 400 {@code validation-failed} with one entry per field (Hibernate Validator's paths
 * and messages); a malformed If-Match 400, a stale one 409 {@code concurrent-update}; otherwise the service's answer.
 * Versions never move, so a form built from the fixture stays current.
 *
 * <p>The body constraints are those of the services' request records (cameo-service's PlanRequest, DimensionRequest
 * and ActionRequest, action-tracker's change requests, network-service's AdmitRequest).
 */
final class ServiceRules {

    static final String ACTION = "a7c1e0d2-5b3f-4e8a-9d6c-2f1e0a9b8c7d";
    /** The proposal in {@link Upstream#workshop}. */
    static final String PROPOSAL = "b1a2c3d4-0000-4000-8000-000000000001";
    static final String DIMENSION = "leadership";
    static final long WORKSHOP_VERSION = 5;
    static final long ACTION_VERSION = 3;
    static final long NETWORK_VERSION = 7;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPES = "https://networkcommons.org.uk/problems/";
    private static final int MAX_ECHOED_VALUE = 60;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern DIMENSION_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Bodies the gateway built itself that the service could not even read: a fault of the gateway, not the caller. */
    private final List<String> unreadableBodies = new CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    /** A write a fake received and what it answered. */
    record Exchange(Received request, Answer answer) {
    }

    /** Puts the fixture and the rules on the fakes; {@code coordinatorSubject} leads the network. */
    void install(FakeService network, FakeService cameo, FakeService actions, String coordinatorSubject) {
        network.answer("GET /api/networks/" + NETWORK, Upstream.json(Upstream.network(NETWORK, "North Cluster")))
                .answer("GET /api/networks/" + NETWORK + "/members", Upstream.json(Upstream.members()))
                .answer("GET /api/organisations/" + AGENCY, Upstream.json(Upstream.agency()))
                .answer("GET /api/organisations", Upstream.json("[" + organisation(SCHOOL, "Oakfield Primary School",
                        "SCHOOL") + "," + organisation(OTHER_SCHOOL, "Riverside Academy", "SCHOOL") + ","
                        + Upstream.agency() + "]"))
                .answerWith(rules(List.of(
                        new Write("POST", "/api/networks/" + NETWORK + "/members", ADMISSION, true,
                                NETWORK_VERSION, () -> Answer.json(201, Upstream.members())))));
        leadBy(network, coordinatorSubject);
        cameo.answer("GET /api/workshops/" + WORKSHOP, Upstream.json(Upstream.workshop("SCHEDULED")))
                .answer("GET /api/library/challenges", Upstream.json(Upstream.challenges()))
                .answer("GET /api/library/cameos", Upstream.json(Upstream.cameos()))
                .answer("GET /api/library/scenarios", Upstream.json(Upstream.scenarios()))
                .answer("GET /api/library/self-assessment-template", Upstream.json(Upstream.assessmentTemplate()))
                .answerWith(rules(cameoWrites()));
        actions.answer("GET /api/actions/" + ACTION, Upstream.json(action()))
                .answer("GET /api/actions/" + ACTION + "/updates", Upstream.json(updates()))
                .answerWith(rules(actionWrites()));
    }

    /** The network's co-ordinator: the person the fuzzer signs in as, who is offered every form. */
    static void leadBy(FakeService network, String coordinatorSubject) {
        network.answer("GET /api/networks/" + NETWORK + "/leaders", Upstream.json(Upstream.leaders(coordinatorSubject)));
    }

    /** The writes the fakes answered since the last call; forgotten as they are returned. */
    List<Exchange> takeExchanges() {
        List<Exchange> taken = List.copyOf(exchanges);
        exchanges.clear();
        return taken;
    }

    /** What the gateway sent that no service could read since the last call; forgotten as it is returned. */
    List<String> takeUnreadableBodies() {
        List<String> taken = List.copyOf(unreadableBodies);
        unreadableBodies.clear();
        return taken;
    }

    // --- the services' write endpoints and their request records

    private static final Map<String, Rule> PLAN = shape(
            "title", new Text(true, 200, null),
            "date", new Day(true),
            "facilitator", new Text(false, 200, null),
            "challengeIds", new Texts(50, 120),
            "cameoIds", new Texts(50, 120),
            "scenarioIds", new Texts(50, 120),
            "questionIds", new Texts(100, 120),
            "participantOrganisationIds", new Texts(100, 100));

    private static final Map<String, Rule> POSITION = shape(
            "rating", new WholeNumber(false, 1, 4),
            "narrative", new Text(false, 4000, null),
            "evidence", new Texts(7, 500, false));

    private static final Map<String, Rule> DIMENSION_RECORD = shape(
            "name", new Text(true, 200, null),
            "now", new Nested(POSITION),
            "target", new Nested(POSITION),
            "notes", new Text(false, 8000, null));

    private static final Map<String, Rule> PROPOSAL_REQUEST = shape(
            "title", new Text(true, 200, null),
            "description", new Text(false, 4000, null),
            "ownerOrganisationId", new Text(true, 100, null),
            "dueDate", new Day(false),
            "outcomes", new Choices(5, names(EcmOutcome.values())),
            "dimensionKey", new Text(false, 80, null),
            "originQuestionId", new Text(false, 120, null),
            "originCameoId", new Text(false, 120, null));

    private static final Map<String, Rule> STATUS = shape(
            "status", new Choice(true, names(ActionStatus.values())),
            "reason", new Text(false, 1000, null),
            "progress", new WholeNumber(false, 0, 100),
            "comment", new Text(false, 4000, null),
            "evidenceLink", new Text(false, 2000, LINK));

    private static final Map<String, Rule> PROGRESS = shape(
            "progress", new WholeNumber(true, 0, 100),
            "comment", new Text(false, 4000, null),
            "evidenceLink", new Text(false, 2000, LINK));

    private static final Map<String, Rule> COMMENT = shape(
            "comment", new Text(true, 4000, null),
            "evidenceLink", new Text(false, 2000, LINK));

    private static final Map<String, Rule> PARTY = shape("organisationId", new Text(true, 100, null));

    private static final Map<String, Rule> ADMISSION = shape(
            "organisationId", new Text(true, Integer.MAX_VALUE, null),
            "role", new Choice(true, names(MembershipRole.values())),
            "effectiveFrom", new Day(false));

    private static List<Write> cameoWrites() {
        String workshop = "/api/workshops/" + WORKSHOP;
        Supplier<Answer> theWorkshop = () -> Upstream.json(Upstream.workshop("SCHEDULED"));
        return List.of(
                new Write("POST", "/api/networks/" + NETWORK + "/workshops", PLAN, false, 0,
                        () -> Answer.json(201, Upstream.workshop("SCHEDULED"))),
                new Write("PUT", workshop, PLAN, true, WORKSHOP_VERSION, theWorkshop),
                new Write("POST", workshop + "/completion", null, true, WORKSHOP_VERSION, theWorkshop),
                new Write("PUT", workshop + "/dimensions/[^/]+", DIMENSION_RECORD, true, WORKSHOP_VERSION, theWorkshop),
                new Write("DELETE", workshop + "/dimensions/" + DIMENSION, null, true, WORKSHOP_VERSION, theWorkshop),
                new Write("POST", workshop + "/proposed-actions", PROPOSAL_REQUEST, true, WORKSHOP_VERSION,
                        () -> Answer.json(201, proposal())),
                new Write("PUT", workshop + "/proposed-actions/" + PROPOSAL, PROPOSAL_REQUEST, true, WORKSHOP_VERSION,
                        () -> Upstream.json(proposal())),
                new Write("DELETE", workshop + "/proposed-actions/" + PROPOSAL, null, true, WORKSHOP_VERSION,
                        theWorkshop));
    }

    private static List<Write> actionWrites() {
        String action = "/api/actions/" + ACTION;
        Supplier<Answer> theAction = () -> Upstream.json(action());
        return List.of(
                new Write("POST", action + "/status", STATUS, true, ACTION_VERSION, theAction),
                new Write("POST", action + "/progress", PROGRESS, true, ACTION_VERSION, theAction),
                new Write("POST", action + "/comments", COMMENT, true, ACTION_VERSION, theAction),
                new Write("POST", action + "/parties", PARTY, true, ACTION_VERSION, theAction),
                new Write("DELETE", action + "/parties/" + OTHER_SCHOOL, null, true, ACTION_VERSION, theAction));
    }

    /** A write endpoint: method, path (a regular expression), request record (null: no body), If-Match and answer. */
    private record Write(String method, Pattern path, Map<String, Rule> body, boolean conditional, long version,
            Supplier<Answer> accepted) {

        Write(String method, String path, Map<String, Rule> body, boolean conditional, long version,
                Supplier<Answer> accepted) {
            this(method, Pattern.compile(path), body, conditional, version, accepted);
        }
    }

    // --- the front door every write passes, in Spring MVC's order

    private Function<Received, Answer> rules(List<Write> writes) {
        return request -> {
            if (request.method().equals("GET") || request.method().equals("HEAD")) {
                return null;
            }
            Answer answer = answer(writes, request);
            exchanges.add(new Exchange(request, answer));
            return answer;
        };
    }

    private Answer answer(List<Write> writes, Received request) {
        {
            String path = request.pathAndQuery().split("\\?", 2)[0];
            String authorization = request.header("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return problem(401, "unauthenticated", "Unauthenticated", "Sign in to continue.", null);
            }
            List<Write> onPath = writes.stream().filter(write -> write.path().matcher(path).matches()).toList();
            if (onPath.isEmpty()) {
                return problem(404, "not-found", "Not found",
                        "There is no endpoint for " + request.method() + " " + path + ".", null);
            }
            Write write = onPath.stream().filter(candidate -> candidate.method().equals(request.method()))
                    .findFirst().orElse(null);
            if (write == null) {
                return problem(405, "method-not-allowed", "Method not allowed",
                        "This endpoint does not support " + request.method() + ".", null);
            }
            if (path.contains("/dimensions/")) {
                String key = path.substring(path.lastIndexOf('/') + 1);
                if (!DIMENSION_KEY.matcher(key).matches() || key.length() > 80) {
                    return malformed("dimensionKey", "Parameter 'dimensionKey' has an invalid value " + echo(key)
                            + ": a dimension key is lower-case letters and digits joined by hyphens, at most 80.",
                            "invalid-parameter");
                }
            }
            if (write.body() != null) {
                Answer refused = readBody(request, write.body());
                if (refused != null) {
                    return refused;
                }
            }
            if (write.conditional()) {
                Answer refused = checkIfMatch(request.header("If-Match"), write.version());
                if (refused != null) {
                    return refused;
                }
            }
            return write.accepted().get();
        }
    }

    private Answer readBody(Received request, Map<String, Rule> shape) {
        if (request.body().isEmpty()) {
            return malformedBody(request, null, "The request body is missing or cannot be read.");
        }
        String contentType = request.header("Content-Type");
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException notAType) {
            type = null;
        }
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))
                || (type.getParameter("charset") != null && !type.getParameter("charset").equalsIgnoreCase("UTF-8"))) {
            return problem(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.", null);
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (StreamReadException syntax) {
            return malformedBody(request, null, "The request body is not well-formed JSON (line "
                    + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr() + ").");
        } catch (JacksonException unreadable) {
            return malformedBody(request, null, "The request body is missing or cannot be read.");
        }
        if (body == null || body.isMissingNode() || !body.isObject()) {
            return malformedBody(request, null, "The request body does not have the expected shape. It must be a "
                    + "JSON object.");
        }
        BodyError error = bind(shape, body, "");
        if (error != null) {
            return malformedBody(request, error.field(), error.detail());
        }
        List<Violation> violations = new ArrayList<>();
        validate(shape, body, "", violations);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            String fields = violations.stream().map(Violation::field).distinct().collect(Collectors.joining(", "));
            return problem(400, "validation-failed", "Invalid request",
                    "Invalid " + (violations.size() == 1 ? "field: " : "fields: ") + fields + ".", violations);
        }
        return null;
    }

    private Answer malformedBody(Received request, String field, String detail) {
        unreadableBodies.add(request.method() + " " + request.pathAndQuery() + " " + request.header("Content-Type")
                + ": " + detail + " " + abbreviate(request.body()));
        return malformed(field, detail, "malformed-request");
    }

    /** As the platform's {@code Versions.fromIfMatch}: none or * changes whatever is there. */
    private static Answer checkIfMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        long version;
        try {
            version = Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException notAVersion) {
            return problem(400, "validation-failed", "Invalid request", "Invalid field: If-Match.",
                    List.of(new Violation("If-Match", "must be the ETag of the version you read, e.g. \"3\"")));
        }
        if (version != current) {
            Answer stale = problem(409, "concurrent-update", "Changed by someone else",
                    "It was changed after version " + version + " was read; it is now at version " + current + ".",
                    null);
            ObjectNode body = (ObjectNode) JSON.readTree(stale.body());
            body.put("currentVersion", current);
            return Answer.json(409, body.toString());
        }
        return null;
    }

    // --- Jackson's binding: the first field it cannot read ends it

    private record BodyError(String field, String detail) {
    }

    private static BodyError bind(Map<String, Rule> shape, JsonNode object, String prefix) {
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String field = prefix + member.getKey();
            Rule rule = shape.get(member.getKey());
            if (rule == null) {
                return new BodyError(field, "Field '%s' is not recognised.".formatted(field));
            }
            BodyError error = bind(rule, member.getValue(), field);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    private static BodyError bind(Rule rule, JsonNode value, String field) {
        if (value.isNull()) {
            return null;
        }
        return switch (rule) {
            case Text text -> value.isContainer() ? mismatch(field, "a string") : null;
            case Day day -> value.isString() && day(value.asString()) != null ? null
                    : new BodyError(field, "Field '%s' must be an ISO-8601 local date, but was %s."
                            .formatted(field, echo(value)));
            case WholeNumber number -> wholeNumber(value) != null ? null
                    : new BodyError(field, "Field '%s' must be a whole number, but was %s.".formatted(field, echo(value)));
            case Choice choice -> value.isString() && choice.values().contains(value.asString()) ? null
                    : new BodyError(field, "Field '%s' must be one of %s, but was %s."
                            .formatted(field, choice.values(), echo(value)));
            case Texts texts -> value.isArray() ? items(value, field, item -> item.isContainer()
                    ? mismatch(field, "a string") : null) : mismatch(field, "an array");
            case Choices choices -> value.isArray() ? items(value, field, item -> item.isNull()
                    || (item.isString() && choices.values().contains(item.asString())) ? null
                    : new BodyError(field, "Field '%s' must be one of %s, but was %s."
                            .formatted(field, choices.values(), echo(item)))) : mismatch(field, "an array");
            case Nested nested -> value.isObject() ? bind(nested.shape(), value, field + ".")
                    : mismatch(field, "a JSON object");
        };
    }

    private static BodyError items(JsonNode array, String field, Function<JsonNode, BodyError> item) {
        for (JsonNode element : array) {
            BodyError error = item.apply(element);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    private static BodyError mismatch(String field, String expected) {
        return new BodyError(field, "Field '%s' must be %s.".formatted(field, expected));
    }

    // --- Bean Validation of the bound record: every violation, with Hibernate Validator's paths and messages

    private record Violation(String field, String message) {
    }

    private static void validate(Map<String, Rule> shape, JsonNode object, String prefix, List<Violation> violations) {
        shape.forEach((name, rule) -> {
            JsonNode value = object.get(name);
            boolean absent = value == null || value.isNull();
            String field = prefix + name;
            switch (rule) {
                case Text text -> {
                    String string = absent ? null : value.asString();
                    if (text.required() && (string == null || string.trim().isEmpty())) {
                        violations.add(new Violation(field, "must not be blank"));
                    }
                    if (string != null && string.length() > text.max()) {
                        violations.add(new Violation(field, "size must be between 0 and " + text.max()));
                    }
                    if (string != null && text.pattern() != null && !text.pattern().matcher(string).matches()) {
                        violations.add(new Violation(field, "must match \"" + text.pattern() + "\""));
                    }
                }
                case Day day -> {
                    if (day.required() && absent) {
                        violations.add(new Violation(field, "must not be null"));
                    }
                }
                case WholeNumber number -> {
                    Long whole = absent ? null : wholeNumber(value);
                    if (number.required() && whole == null) {
                        violations.add(new Violation(field, "must not be null"));
                    } else if (whole != null && whole < number.min()) {
                        violations.add(new Violation(field, "must be greater than or equal to " + number.min()));
                    } else if (whole != null && whole > number.max()) {
                        violations.add(new Violation(field, "must be less than or equal to " + number.max()));
                    }
                }
                case Choice choice -> {
                    if (choice.required() && absent) {
                        violations.add(new Violation(field, "must not be null"));
                    }
                }
                case Texts texts -> {
                    if (!absent) {
                        if (value.size() > texts.maxItems()) {
                            violations.add(new Violation(field, "size must be between 0 and " + texts.maxItems()));
                        }
                        for (int i = 0; i < value.size(); i++) {
                            String item = value.get(i).isNull() ? null : value.get(i).asString();
                            String at = field + "[" + i + "].<list element>";
                            if (texts.itemsRequired() && (item == null || item.trim().isEmpty())) {
                                violations.add(new Violation(at, "must not be blank"));
                            }
                            if (item != null && item.length() > texts.itemMax()) {
                                violations.add(new Violation(at, "size must be between 0 and " + texts.itemMax()));
                            }
                        }
                    }
                }
                case Choices choices -> {
                    if (!absent) {
                        if (value.size() > choices.maxItems()) {
                            violations.add(new Violation(field, "size must be between 0 and " + choices.maxItems()));
                        }
                        for (JsonNode item : value) {
                            if (item.isNull()) {
                                violations.add(new Violation(field + "[].<iterable element>", "must not be null"));
                            }
                        }
                    }
                }
                case Nested nested -> {
                    if (!absent) {
                        validate(nested.shape(), value, field + ".", violations);
                    }
                }
            }
        });
    }

    // --- the rules a request record's fields follow

    private sealed interface Rule permits Text, Day, WholeNumber, Choice, Texts, Choices, Nested {
    }

    /** A string: {@code @NotBlank} when required, {@code @Size(max)}, and a {@code @Pattern} if any. */
    private record Text(boolean required, int max, Pattern pattern) implements Rule {
    }

    /** A {@code LocalDate}, {@code @NotNull} when required; only years the services' calendar holds are read. */
    private record Day(boolean required) implements Rule {
    }

    private record WholeNumber(boolean required, long min, long max) implements Rule {
    }

    /** An enum. */
    private record Choice(boolean required, List<String> values) implements Rule {
    }

    /** {@code @Size(max = maxItems) List<@NotBlank @Size(max = itemMax) String>}. */
    private record Texts(int maxItems, int itemMax, boolean itemsRequired) implements Rule {

        Texts(int maxItems, int itemMax) {
            this(maxItems, itemMax, true);
        }
    }

    /** {@code @Size(max = maxItems) Set<@NotNull Enum>}. */
    private record Choices(int maxItems, List<String> values) implements Rule {
    }

    private record Nested(Map<String, Rule> shape) implements Rule {
    }

    private static Map<String, Rule> shape(Object... namesAndRules) {
        Map<String, Rule> shape = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRules.length; i += 2) {
            shape.put((String) namesAndRules[i], (Rule) namesAndRules[i + 1]);
        }
        return shape;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** A date a four-digit-year calendar holds, as the services read it; null for anything else. */
    private static LocalDate day(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return date.getYear() >= 0 && date.getYear() <= 9999 ? date : null;
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** An int as Jackson reads one: a whole number in range, or a string of one. */
    private static Long wholeNumber(JsonNode value) {
        String text = value.isNumber() && value.isIntegralNumber() ? value.asString()
                : value.isString() ? value.asString().strip() : null;
        if (text == null || !text.matches("-?\\d{1,10}")) {
            return null;
        }
        long number = Long.parseLong(text);
        return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE ? number : null;
    }

    // --- problems as the platform writes them

    private static Answer malformed(String field, String detail, String slug) {
        return problem(400, slug, "Malformed request", detail,
                field == null ? null : List.of(new Violation(field, detail)));
    }

    private static Answer problem(int status, String slug, String title, String detail, List<Violation> errors) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", TYPES + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", "/api");
        if (errors != null) {
            ArrayNode list = problem.putArray("errors");
            errors.forEach(error -> list.addObject().put("field", error.field()).put("message", error.message()));
        }
        return Answer.json(status, problem.toString());
    }

    private static String echo(Object value) {
        String text = value instanceof JsonNode node && node.isString() ? "\"" + node.asString() + "\""
                : value instanceof String string ? "\"" + string + "\"" : String.valueOf(value);
        return text.length() <= MAX_ECHOED_VALUE ? text : text.substring(0, MAX_ECHOED_VALUE) + "…";
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    // --- the fixture's JSON, field for field as the services write it

    static String organisation(String id, String name, String kind) {
        return """
                {"id":"%s","name":"%s","kind":"%s","laCode":"873","urn":null,"phase":null,"agencyType":null,\
                "version":1}""".formatted(id, name, kind);
    }

    /** action-tracker's ActionView of an agreed action proposed at the workshop, owned by the lead school. */
    static String action() {
        return """
                {"id":"%s","title":"Share a school business manager","description":"Draft the job with the heads",\
                "networkId":"%s","laCode":"873","origin":{"kind":"WORKSHOP_PROPOSAL","workshopId":"%s",\
                "proposalId":"%s","questionId":null,"cameoId":null},"ownerOrganisationId":"%s","ownerUserId":null,\
                "partyOrganisationIds":["%s"],"dueDate":"2027-03-01","priority":"HIGH",\
                "outcomes":["ENJOY_AND_ACHIEVE"],"status":"AGREED","statusReason":null,"progress":10,\
                "milestones":[{"title":"Agree the job description","due":"2027-01-15","done":false}],"parentId":null,\
                "weight":1,"raisedBy":"action-tracker","createdAt":"2026-12-04T09:00:00Z",\
                "lastUpdatedAt":"2026-12-10T15:30:00Z","version":%d}"""
                .formatted(ACTION, NETWORK, WORKSHOP, PROPOSAL, SCHOOL, OTHER_SCHOOL, ACTION_VERSION);
    }

    static String updates() {
        return """
                [{"sequence":1,"kind":"RAISED","by":"action-tracker","at":"2026-12-04T09:00:00Z","changes":[],\
                "comment":"Proposed at the workshop","evidenceLink":null}]""";
    }

    /** cameo-service's ProposalView. */
    static String proposal() {
        return """
                {"proposalId":"%s","title":"Set up a heads' forum","description":null,"ownerOrganisationId":"%s",\
                "dueDate":"2027-03-01","outcomes":["ENJOY_AND_ACHIEVE"],"dimensionKey":"leadership",\
                "originQuestionId":null,"originCameoId":null,"proposedBy":"%s","proposedAt":"2026-12-03T11:30:00Z"}"""
                .formatted(PROPOSAL, AGENCY, Upstream.COORDINATOR_SUBJECT);
    }

    /** Paths the services' writes take, for the fuzzer's API cases: method, path, and a body they accept. */
    record ApiWrite(String method, String path, String validBody) {
    }

    static List<ApiWrite> apiWrites() {
        String workshop = "/api/workshops/" + WORKSHOP;
        String plan = """
                {"title":"Spring review","date":"2027-03-04","facilitator":null,"challengeIds":["challenge-focus"],\
                "cameoIds":[],"scenarioIds":[],"questionIds":[],"participantOrganisationIds":["%s"]}""".formatted(SCHOOL);
        return List.of(
                new ApiWrite("POST", "/api/networks/" + NETWORK + "/workshops", plan),
                new ApiWrite("PUT", workshop, plan),
                new ApiWrite("POST", workshop + "/completion", null),
                new ApiWrite("PUT", workshop + "/dimensions/" + DIMENSION, """
                        {"name":"Leadership","now":{"rating":2,"narrative":"Heads meet once a term","evidence":["Minutes"]},\
                        "target":{"rating":4,"narrative":null,"evidence":[]},"notes":null}"""),
                new ApiWrite("POST", workshop + "/proposed-actions", """
                        {"title":"Set up a heads' forum","description":null,"ownerOrganisationId":"%s",\
                        "dueDate":"2027-03-01","outcomes":["ENJOY_AND_ACHIEVE"],"dimensionKey":"leadership"}"""
                        .formatted(AGENCY)),
                new ApiWrite("DELETE", workshop + "/proposed-actions/" + PROPOSAL, null),
                new ApiWrite("POST", "/api/actions/" + ACTION + "/status", """
                        {"status":"IN_PROGRESS","reason":null,"progress":20,"comment":"Started","evidenceLink":null}"""),
                new ApiWrite("POST", "/api/actions/" + ACTION + "/comments", """
                        {"comment":"Minutes attached","evidenceLink":"https://example.org/minutes"}"""),
                new ApiWrite("POST", "/api/networks/" + NETWORK + "/members", """
                        {"organisationId":"%s","role":"MEMBER","effectiveFrom":"2027-01-01"}""".formatted(AGENCY)));
    }
}
