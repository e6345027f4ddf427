package uk.org.networkcommons.platform.test.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.platform.test.api.JsonExamples;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Parameter;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.api.Tokens;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;
import uk.org.networkcommons.platform.test.hostile.JsonMutations.Payload;

/**
 * Property-based fuzzing of a service's API, generated from its OpenAPI document: jqwik generators (run with a fixed
 * seed inside plain JUnit dynamic tests, so the Spring test context is the usual shared one) make hostile bodies for
 * every endpoint that takes one, and hostile path and query values for every endpoint, sent by the fixture's owner so
 * they get past authorization to the code that parses and validates. Whatever is sent, the service must never answer
 * 5xx, and every 4xx must be problem+json without internals; a body over the limit must be 413.
 *
 * <p>The servlet container's error page is not part of MockMvc: an answer that ends in {@code sendError} is rendered
 * by forwarding to {@code /error} as the container would, so the page's problem+json is checked too.
 */
public final class ApiFuzzer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String service;
    private final MockMvc mvc;
    private final Tokens tokens;
    private final OpenApiEndpoints document;
    private final Supplier<Fixture> fixtures;
    private final long seed;
    private final AtomicInteger cases = new AtomicInteger();
    private final Map<String, AtomicInteger> statuses = new TreeMap<>();

    public ApiFuzzer(String service, MockMvc mvc, Tokens tokens, OpenApiEndpoints document,
            Supplier<Fixture> fixtures, long seed) {
        this.service = service;
        this.mvc = mvc;
        this.tokens = tokens;
        this.document = document;
        this.fixtures = fixtures;
        this.seed = seed;
    }

    /**
     * {@code tries} hostile bodies for each endpoint with a body; the fixture is made again every
     * {@code triesPerFixture}, since an accepted body may change it (e.g. dissolve the network).
     */
    public Stream<DynamicTest> bodies(int tries, int triesPerFixture) {
        return timed("bodies", document.under("/api/").stream().filter(Endpoint::hasBody)
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.key(), () -> {
                    seed(endpoint.key().hashCode());
                    Target target = null;
                    Arbitrary<Payload> payloads = null;
                    for (int i = 0; i < tries; i++) {
                        if (i % triesPerFixture == 0) {
                            target = Target.of(endpoint, fixtures.get());
                            payloads = JsonMutations.of(target.body(), target.completeBody());
                        }
                        Payload payload = payloads.sample();
                        check(endpoint, target.owner(), target.path(), payload, "try " + i + " (seed " + seed + ")");
                    }
                })));
    }

    /** {@code tries} hostile values in the path variables and query parameters of every endpoint. */
    public Stream<DynamicTest> parameters(int tries) {
        return timed("parameters", document.under("/api/").stream()
                .filter(endpoint -> !endpoint.pathVariables().isEmpty() || !endpoint.in("query").isEmpty())
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.key(), () -> {
                    seed(endpoint.key().hashCode() ^ 0x5EED);
                    Target target = Target.of(endpoint, fixtures.get());
                    Arbitrary<String> values = parameterValue();
                    Arbitrary<Integer> which = Arbitraries.integers().between(0, 1000);
                    List<Parameter> queries = endpoint.in("query");
                    List<String> variables = endpoint.pathVariables();
                    int slots = variables.size() + queries.size();
                    int sweep = slots * EDGE_PARAMETERS.size();
                    for (int i = 0; i < sweep + tries; i++) {
                        Map<String, String> pathValues = new LinkedHashMap<>(target.values());
                        StringJoiner query = new StringJoiner("&");
                        // first every parameter with every edge value, then random ones
                        int pick = i < sweep ? i % slots : which.sample() % slots;
                        String hostile = i < sweep ? EDGE_PARAMETERS.get(i / slots) : values.sample();
                        String varied;
                        if (pick < variables.size()) {
                            varied = "{" + variables.get(pick) + "} = " + abbreviate(hostile);
                            pathValues.put(variables.get(pick), encode(hostile));
                        } else {
                            Parameter parameter = queries.get(pick - variables.size());
                            varied = parameter.name() + " = " + abbreviate(hostile);
                            query.add(parameter.name() + "=" + UriUtils.encodeQueryParam(hostile, StandardCharsets.UTF_8));
                        }
                        for (Parameter parameter : queries) {
                            if (parameter.required() && !query.toString().contains(parameter.name() + "=")) {
                                query.add(parameter.name() + "=" + encode(target.values().getOrDefault(
                                        parameter.name(), JsonExamples.scalar(parameter.schema(), parameter.name()))));
                            }
                        }
                        String path = endpoint.expand(pathValues) + (query.length() == 0 ? "" : "?" + query);
                        Payload body = target.body() == null ? null : Payload.json("valid body", target.body().toString());
                        check(endpoint, target.owner(), path, body, varied + " (try " + i + ", seed " + seed + ")");
                    }
                })));
    }

    /**
     * Every date field of every body (found in the body with all optional fields filled in) given each date Java
     * parses but a four-digit-year calendar does not hold: 400 problem+json naming the field, where these were 500s.
     */
    public Stream<DynamicTest> calendarDates() {
        List<String> beyond = List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "-0001-12-31");
        Fixture[] shared = new Fixture[1];
        return timed("dates beyond the calendar", document.under("/api/").stream().filter(Endpoint::hasBody)
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.key(), () -> {
                    // refused while the body is read, before anything is looked up or changed
                    if (shared[0] == null) {
                        shared[0] = fixtures.get();
                    }
                    Target target = Target.of(endpoint, shared[0]);
                    for (List<Object> path : JsonMutations.datePaths(target.completeBody())) {
                        String field = JsonMutations.render(path);
                        for (String date : beyond) {
                            String json = JsonMutations.with(target.completeBody(), path, date).toString();
                            MockHttpServletResponse response = send(endpoint.method(), target.path(), target.owner(),
                                    Payload.json(field + " = " + date, json));
                            String as = "%s with %s = %s: %d %s".formatted(endpoint.key(), field, date,
                                    response.getStatus(), content(response));
                            assertThat(response.getStatus()).as(as).isEqualTo(400);
                            assertThat(response.getContentType()).as(as).startsWith("application/problem+json");
                            assertThat(content(response)).as(as).contains(field);
                            count(endpoint, 400);
                        }
                    }
                })));
    }

    /**
     * Every value of every body (with all optional fields filled in), one at a time, set to null, and every list
     * given a null item: never a 5xx (a {@code @NotNull} missing on a list's items is a NullPointerException later).
     */
    public Stream<DynamicTest> nulls() {
        return timed("nulls", document.under("/api/").stream().filter(Endpoint::hasBody)
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.key(), () -> {
                    Target target = Target.of(endpoint, fixtures.get());
                    for (JsonNode base : List.of(target.body(), target.completeBody())) {
                        for (Payload payload : JsonMutations.nulled(base)) {
                            check(endpoint, target.owner(), target.path(), payload, "nulls");
                        }
                    }
                })));
    }

    /** A body one byte over {@code limitBytes} to every endpoint that takes one: 413 problem+json. */
    public Stream<DynamicTest> oversizedBodies(long limitBytes) {
        Fixture[] shared = new Fixture[1];
        return timed("oversized bodies", document.under("/api/").stream().filter(Endpoint::hasBody)
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.key(), () -> {
                    // refused before anything is read, so one fixture serves every endpoint
                    if (shared[0] == null) {
                        shared[0] = fixtures.get();
                    }
                    Target target = Target.of(endpoint, shared[0]);
                    String prefix = "{\"title\":\"";
                    String json = prefix + "x".repeat((int) (limitBytes + 1 - prefix.length() - 2)) + "\"}";
                    assertThat(json.length()).isEqualTo(limitBytes + 1);
                    MockHttpServletResponse response = send(endpoint.method(), target.path(), target.owner(),
                            Payload.json("one byte over the limit", json));
                    String as = endpoint.key() + " with " + json.length() + " bytes: " + response.getStatus();
                    assertThat(response.getStatus()).as(as).isEqualTo(413);
                    assertThat(response.getContentType()).as(as).startsWith("application/problem+json");
                    count(endpoint, 413);
                })));
    }

    /**
     * jqwik generates only inside its own engine's threads, or through {@code sample()}, which draws from the engine's
     * per-thread source of randomness: seeding that source makes every run send the same inputs (fixture ids aside).
     */
    private void seed(long salt) {
        SourceOfRandomness.create(String.valueOf(seed ^ salt));
    }

    private Stream<DynamicTest> timed(String what, Stream<DynamicTest> tests) {
        long[] started = new long[1];
        int before = cases.get();
        List<String> passed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Stream<DynamicTest> counted = tests.map(test -> DynamicTest.dynamicTest(test.getDisplayName(), () -> {
            try {
                test.getExecutable().execute();
                passed.add(test.getDisplayName());
            } catch (Throwable failure) {
                failed.add(test.getDisplayName());
                throw failure;
            }
        }));
        return Stream.concat(Stream.of(DynamicTest.dynamicTest("start", () -> started[0] = System.nanoTime())),
                Stream.concat(counted, Stream.of(DynamicTest.dynamicTest("summary", () -> {
                    long millis = (System.nanoTime() - started[0]) / 1_000_000;
                    System.out.printf("[fuzz] %s %s: %d requests (seed %d) in %d ms; %d endpoints passed (never 5xx,"
                            + " every 4xx problem+json), %d failed %s; statuses %s%n", service, what,
                            cases.get() - before, seed, millis, passed.size(), failed.size(), failed, statuses);
                }))));
    }

    private void check(Endpoint endpoint, Person owner, String path, Payload payload, String which) {
        MockHttpServletResponse response = send(endpoint.method(), path, owner, payload);
        String body = content(response);
        String as = "%s %s %s: answered %d %s %s".formatted(endpoint.key(), which, payload == null ? path
                : payload + " at " + path, response.getStatus(), response.getContentType(), abbreviate(body));
        assertThat(response.getStatus()).as(as).isBetween(200, 499);
        if (response.getStatus() >= 400) {
            assertThat(response.getContentType()).as(as).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("status").asInt()).as(as).isEqualTo(response.getStatus());
            assertThat(problem.path("type").asString()).as(as).startsWith("https://");
            assertThat(body).as(as).doesNotContain("Exception", "\tat ", "at org.springframework", "at uk.org.");
        }
        count(endpoint, response.getStatus());
    }

    private void count(Endpoint endpoint, int status) {
        cases.incrementAndGet();
        synchronized (statuses) {
            statuses.computeIfAbsent(String.valueOf(status), key -> new AtomicInteger()).incrementAndGet();
        }
    }

    private MockHttpServletResponse send(HttpMethod method, String path, Person owner, Payload payload) {
        MockHttpServletRequestBuilder builder = request(method, URI.create(path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tokenFor(owner))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (payload != null) {
            builder.content(payload.body());
            if (payload.contentType() != null) {
                builder.header(HttpHeaders.CONTENT_TYPE, payload.contentType());
            }
        }
        try {
            MvcResult result = mvc.perform(builder).andReturn();
            MockHttpServletResponse response = result.getResponse();
            if (response.getErrorMessage() != null || (response.getStatus() >= 400 && response.getContentLength() == 0
                    && content(response).isEmpty())) {
                return errorPage(path, response.getStatus());
            }
            return response;
        } catch (Exception e) {
            throw new AssertionError("%s %s threw instead of answering: %s".formatted(method, path, payload), e);
        }
    }

    /** What the container does after {@code sendError}: an ERROR dispatch to the error page. */
    private MockHttpServletResponse errorPage(String path, int status) throws Exception {
        return mvc.perform(request(HttpMethod.GET, "/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, URI.create(path).getRawPath())
                .with(request -> {
                    request.setDispatcherType(DispatcherType.ERROR);
                    return request;
                })).andReturn().getResponse();
    }

    /** Values every path and query parameter is tried with before the random ones. */
    static final List<String> EDGE_PARAMETERS = List.of("\u0000", "a\u0000b", "", " ", "%", "..", "-1", "2147483648",
            "99999999999999999999", "+999999999-12-31", "-999999999-01-01", "\u202e😀", "x".repeat(8_000));

    /** Path and query values: odd text, traversal, encodings, numbers out of range, huge values. */
    private static Arbitrary<String> parameterValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, JsonMutations.hostileString().filter(text -> text.length() <= 5_000)),
                Tuple.of(2, Arbitraries.of("..", ".", "%", "%zz", "%00", "a/b", "a;b", "a?b", "a#b", "-1",
                        "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "true", "", " ", "0",
                        "2147483647", "yesterday", "2024-13-01", "+999999999-12-31", "-999999999-01-01", "*", "[]",
                        "{}", "PROPOSED,DONE", "x".repeat(8_000))),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    private static String encode(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    private static String content(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    /** One endpoint filled in from a fixture: who calls it, at which path, with which valid body. */
    private record Target(Person owner, String path, Map<String, String> values, JsonNode body,
            JsonNode completeBody) {

        static Target of(Endpoint endpoint, Fixture fixture) {
            Map<String, String> values = fixture.values(endpoint.key());
            StringJoiner query = new StringJoiner("&");
            for (Parameter parameter : endpoint.in("query")) {
                if (parameter.required()) {
                    query.add(parameter.name() + "=" + encode(values.getOrDefault(parameter.name(),
                            JsonExamples.scalar(parameter.schema(), parameter.name()))));
                }
            }
            String path = endpoint.expand(values) + (query.length() == 0 ? "" : "?" + query);
            Map<String, Object> fields = JsonExamples.merged(fixture.fields(), fixture.fields(endpoint.key()));
            JsonNode body = endpoint.hasBody() ? JsonExamples.valid(endpoint.bodySchema(), fields) : null;
            JsonNode complete = endpoint.hasBody() ? JsonExamples.complete(endpoint.bodySchema(), fields) : null;
            return new Target(fixture.owner(endpoint.key()), path, values, body, complete);
        }
    }

    public int casesChecked() {
        return cases.get();
    }

    List<String> statusesSeen() {
        return new ArrayList<>(statuses.keySet());
    }
}
