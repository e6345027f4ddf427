package uk.org.networkcommons.gateway.hostile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.pattern.PathPattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.gateway.hostile.FormMutations.Field;
import uk.org.networkcommons.gateway.hostile.FormMutations.Kind;
import uk.org.networkcommons.gateway.hostile.WriteEndpoints.HandlerEndpoint;
import uk.org.networkcommons.gateway.hostile.WriteEndpoints.RouteEndpoint;
import uk.org.networkcommons.gateway.portal.Upstream;
import uk.org.networkcommons.gateway.portal.shell.Page;

/**
 * What the fuzzer sends to, found in the running gateway. Forms are found as a person finds them: every page a
 * handler method renders (with the fixture's ids for its path variables) is fetched as the co-ordinator, and every
 * {@code <form method="post">} on it is read, filled in as a person would fill it in. API targets are the paths each
 * configured route matches: the services' write endpoints the fakes play, and a path of each pattern besides.
 *
 * <p>{@link #unfilled()} lists every write endpoint this could not fill: a handler method that no rendered form
 * posts to (a new form must be reachable from a page the fixture can render, or be taught to the fuzzer), a route
 * matched by more than paths, a functional route that writes, a template form posting where nothing is fuzzed.
 */
final class FuzzTargets {

    /** A form a page rendered: where it posts, the endpoint that answers it, and its fields as a person fills them. */
    record FormTarget(String action, String endpoint, String page, List<Field> fields) {

        boolean signsOut() {
            return action.equals("/logout");
        }

        @Override
        public String toString() {
            return "POST " + action;
        }
    }

    /** A path a route matches, the methods to send and a body the service behind it accepts. */
    record ApiTarget(String route, String path, List<String> methods, JsonNode validBody) {

        @Override
        public String toString() {
            return methods + " " + path + " (route " + route + ")";
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Path variables, by name, or by the segment before them where the name says nothing ({@code {id}}). */
    private static final Map<String, String> PATH_VALUES = Map.of(
            "networkId", Upstream.NETWORK,
            "workshopId", Upstream.WORKSHOP,
            "proposalId", ServiceRules.PROPOSAL,
            "key", ServiceRules.DIMENSION,
            "actions/id", ServiceRules.ACTION);
    private static final Map<String, String> IDS_AFTER = Map.of(
            "networks", Upstream.NETWORK,
            "workshops", Upstream.WORKSHOP,
            "actions", ServiceRules.ACTION,
            "organisations", Upstream.AGENCY);

    private final List<HandlerEndpoint> writeHandlers;
    private final List<RouteEndpoint> routes;
    private final List<FormTarget> forms = new ArrayList<>();
    private final List<ApiTarget> apiTargets = new ArrayList<>();
    private final List<String> pagesRendered = new ArrayList<>();
    private final List<String> unfilled = new ArrayList<>();

    private FuzzTargets(List<HandlerEndpoint> writeHandlers, List<RouteEndpoint> routes) {
        this.writeHandlers = writeHandlers;
        this.routes = routes;
    }

    static FuzzTargets find(ApplicationContext context, SignedInCaller caller) {
        List<HandlerEndpoint> handlers = WriteEndpoints.handlerMethods(context);
        FuzzTargets targets = new FuzzTargets(handlers.stream().filter(HandlerEndpoint::writes).toList(),
                WriteEndpoints.routes(context));
        targets.readForms(handlers, caller);
        targets.fillRoutes();
        WriteEndpoints.functionalWriteRoutes(context).forEach(route -> targets.unfilled.add(
                "the functional route " + route + " takes writes the fuzzer cannot fill"));
        targets.checkTemplateForms();
        return targets;
    }

    List<FormTarget> forms() {
        return forms;
    }

    List<ApiTarget> apiTargets() {
        return apiTargets;
    }

    List<String> unfilled() {
        return unfilled;
    }

    /** Handler methods that take writes, forms answered by no handler method (sign-out), and routes. */
    int endpoints() {
        return writeHandlers.size() + (int) forms.stream().filter(form -> form.endpoint() == null).count()
                + routes.size();
    }

    String describeEndpoints() {
        return writeHandlers.size() + " handler methods, "
                + forms.stream().filter(form -> form.endpoint() == null).count() + " security filter forms, "
                + routes.size() + " routes; " + forms.size() + " forms, " + apiTargets.size() + " API paths";
    }

    // --- forms, from the pages

    private void readForms(List<HandlerEndpoint> handlers, SignedInCaller caller) {
        Set<String> seen = new HashSet<>();
        for (HandlerEndpoint handler : handlers) {
            if (!handler.reads() || handler.produces().stream().anyMatch(type -> !type.isCompatibleWith(MediaType.TEXT_HTML))) {
                continue;
            }
            for (PathPattern pattern : handler.patterns()) {
                String path = fill(pattern.getPatternString(), PATH_VALUES);
                if (path == null || path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator")) {
                    continue;
                }
                SignedInCaller.Response page = caller.get(path);
                if (page.status() != 200) {
                    continue;
                }
                pagesRendered.add(path);
                for (Element form : Page.of(page.text()).select("form")) {
                    if (!"post".equalsIgnoreCase(form.attr("method"))) {
                        continue;
                    }
                    List<Field> fields = fields(form);
                    String action = form.attr("action");
                    if (seen.add(action + " " + fields.stream().map(Field::name).toList())) {
                        String endpoint = writeHandlers.stream().filter(write -> write.matches(action))
                                .map(HandlerEndpoint::toString).findFirst().orElse(null);
                        forms.add(new FormTarget(action, endpoint, path, fields));
                    }
                }
            }
        }
        for (HandlerEndpoint write : writeHandlers) {
            if (forms.stream().noneMatch(form -> write.matches(form.action()))) {
                unfilled.add(write + " (" + write.handler() + ") takes writes, but no page the fuzzer rendered has a "
                        + "form posting to it; pages rendered: " + pagesRendered);
            }
        }
    }

    /** The form's fields in order, filled in as a person would: what is there, else something sensible. */
    static List<Field> fields(Element form) {
        List<Field> fields = new ArrayList<>();
        Set<String> choices = new HashSet<>();
        Map<String, Element> firstBox = new LinkedHashMap<>();
        Set<String> ticked = new HashSet<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf")) {
                continue;
            }
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            switch (input.tagName()) {
                case "textarea" -> fields.add(new Field(name, orSensible(input.wholeText(), input), kind(input)));
                case "select" -> {
                    Element chosen = input.selectFirst("option[selected]");
                    if (chosen == null) {
                        chosen = input.select("option").stream().filter(option -> !option.attr("value").isEmpty())
                                .findFirst().orElse(null);
                    }
                    fields.add(new Field(name, chosen == null ? "" : chosen.attr("value"), Kind.CHOICE));
                }
                default -> {
                    switch (type) {
                        case "hidden" -> fields.add(new Field(name, input.attr("value"), Kind.HIDDEN));
                        case "radio" -> {
                            if (choices.add(name)) {
                                Element chosen = form.select("input[type=radio][name=" + cssString(name) + "][checked]")
                                        .first();
                                fields.add(new Field(name, (chosen == null ? input : chosen).attr("value"), Kind.CHOICE));
                            }
                        }
                        case "checkbox" -> {
                            firstBox.putIfAbsent(name, input);
                            if (input.hasAttr("checked")) {
                                ticked.add(name);
                                fields.add(new Field(name, input.attr("value"), Kind.CHOICE));
                            }
                        }
                        case "submit", "button", "image", "reset", "file" -> {
                        }
                        default -> fields.add(new Field(name, orSensible(input.attr("value"), input), kind(input)));
                    }
                }
            }
        }
        firstBox.forEach((name, box) -> {
            if (!ticked.contains(name)) {
                fields.add(new Field(name, box.attr("value"), Kind.CHOICE));
            }
        });
        return fields;
    }

    private static Kind kind(Element input) {
        String name = input.attr("name");
        if (name.endsWith("Day")) {
            return Kind.DAY;
        }
        if (name.endsWith("Month")) {
            return Kind.MONTH;
        }
        if (name.endsWith("Year")) {
            return Kind.YEAR;
        }
        return input.attr("inputmode").equals("numeric") || input.attr("type").equals("number") ? Kind.NUMBER
                : Kind.TEXT;
    }

    private static String orSensible(String value, Element input) {
        if (!value.isBlank()) {
            return value;
        }
        return switch (kind(input)) {
            case DAY -> "4";
            case MONTH -> "3";
            case YEAR -> "2027";
            case NUMBER -> "40";
            default -> input.attr("type").equals("url") ? "https://example.org/evidence" : "Spring review";
        };
    }

    private static String cssString(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // --- API paths, from the routes

    private void fillRoutes() {
        for (RouteEndpoint route : routes) {
            if (route.pathPatterns().isEmpty()) {
                unfilled.add("route " + route.id() + " is matched by more than its path, so the fuzzer cannot "
                        + "address it");
                continue;
            }
            for (ServiceRules.ApiWrite write : ServiceRules.apiWrites()) {
                if (route.matches(write.path()) && firstRouteFor(write.path()) == route) {
                    apiTargets.add(new ApiTarget(route.id(), write.path(), List.of(write.method()),
                            JSON.readTree(write.validBody() == null ? "{}" : write.validBody())));
                }
            }
            for (String pattern : route.pathPatterns()) {
                String path = fillRoutePattern(pattern);
                if (path == null) {
                    unfilled.add("route " + route.id() + ": the fuzzer cannot fill the path pattern " + pattern);
                } else if (firstRouteFor(path) == route) {
                    apiTargets.add(new ApiTarget(route.id(), path, WriteEndpoints.WRITES.stream()
                            .map(RequestMethod::name).sorted().toList(),
                            JSON.readTree("{\"title\":\"Spring review\",\"date\":\"2027-03-04\"}")));
                }
            }
            if (apiTargets.stream().noneMatch(target -> target.route().equals(route.id()))) {
                unfilled.add("route " + route.id() + ": every path the fuzzer made for it goes to another route");
            }
        }
    }

    private RouteEndpoint firstRouteFor(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst().orElse(null);
    }

    /** A route's pattern with a fixture id for each {@code *} and a segment for {@code **}; null for anything else. */
    static String fillRoutePattern(String pattern) {
        String[] segments = pattern.split("/", -1);
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            String filled = switch (segment) {
                case "*" -> IDS_AFTER.getOrDefault(segments[i - 1], "fuzz-id");
                case "**" -> "fuzz/path";
                default -> segment.matches("[A-Za-z0-9._~-]*") ? segment : null;
            };
            if (filled == null) {
                return null;
            }
            path.append('/').append(filled);
        }
        return path.toString();
    }

    /** A handler pattern with the fixture's values; null when a variable has none (or is a catch-all). */
    static String fill(String pattern, Map<String, String> values) {
        if (pattern.contains("**") || pattern.contains("{*")) {
            return null;
        }
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String before = pattern.substring(0, variable.start());
            String segment = before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1) : "";
            String value = values.getOrDefault(variable.group(1), values.get(segment + "/" + variable.group(1)));
            if (value == null) {
                return null;
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    // --- the templates' forms

    private void checkTemplateForms() {
        for (String target : WriteEndpoints.templateFormTargets()) {
            String path = target.substring(0, target.indexOf("  (")).replaceAll("\\{[^}]+}", "x");
            boolean handled = writeHandlers.stream().anyMatch(write -> write.matches(path))
                    || forms.stream().anyMatch(form -> form.action().equals(path));
            if (!handled) {
                unfilled.add("the template form " + target + " posts where the fuzzer sends nothing");
            }
        }
    }
}
