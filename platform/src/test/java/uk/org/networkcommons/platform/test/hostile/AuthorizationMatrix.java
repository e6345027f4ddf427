package uk.org.networkcommons.platform.test.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import uk.org.networkcommons.platform.test.api.Api;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.JsonExamples;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * Object-level authorization of a whole service, generated from its OpenAPI document: every endpoint and method is
 * called, with real ids of objects its {@link Fixture} created through the API as their rightful owners, by each
 * stranger of the fixture (an officer of another LA, staff of an unrelated organisation, staff of a former member...)
 * and anonymously, and then by the owner, whose success proves the request was valid, so that the strangers' 404s
 * show the object was hidden rather than absent.
 *
 * <p>What a stranger must get, unless the service declares otherwise with {@link #expect}:
 * <ul>
 * <li>a request naming a hidden object (in its path, query or body): {@link Expectation#HIDDEN}, the very answer the
 * same request gets with made-up ids;</li>
 * <li>any other read: {@link Expectation#ALLOWED_WITHOUT_HIDDEN}, an answer holding none of the hidden objects;</li>
 * <li>any other write: nothing can be assumed, so the matrix fails until the service says what its rule is.</li>
 * </ul>
 * Anonymous callers always get 401 problem+json. An endpoint the matrix cannot fill (a path variable or a body field it
 * has no value for, a request the owner is refused) fails it, so no endpoint is added unguarded without notice.
 */
public final class AuthorizationMatrix {

    /** What a stranger must be answered. */
    public enum Expectation {
        /** 404 problem+json, identical (ids aside) to the answer for ids that exist nowhere. */
        HIDDEN,
        /** 403 problem+json: the service's documented rule lets the stranger see the object but not act on it. */
        FORBIDDEN,
        /** 2xx with none of the fixture's hidden objects in it: lists, exports, shared content, own creations. */
        ALLOWED_WITHOUT_HIDDEN
    }

    private record Rule(Expectation expectation, Set<String> strangers) {

        boolean appliesTo(String stranger) {
            return strangers.isEmpty() || strangers.contains(stranger);
        }
    }

    private final String service;
    private final Api api;
    private final OpenApiEndpoints document;
    private final Supplier<Fixture> fixtures;
    private final Map<String, List<Rule>> rules = new LinkedHashMap<>();
    private final Set<String> listings = new LinkedHashSet<>();
    private final Map<String, Set<String>> notAllowed = new LinkedHashMap<>();
    private final List<String> declared = new ArrayList<>();
    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger endpointsChecked = new AtomicInteger();
    private final Set<String> strangersSeen = new LinkedHashSet<>();

    /**
     * @param fixtures makes a fresh set of objects for each endpoint, since the owner's own request may use one up
     *                 (a dissolution, an approval)
     */
    public AuthorizationMatrix(String service, Api api, OpenApiEndpoints document, Supplier<Fixture> fixtures) {
        this.service = service;
        this.api = api;
        this.document = document;
        this.fixtures = fixtures;
    }

    /**
     * Declares what strangers (all of them, or those named) get from an endpoint, with the service's rule that says
     * so; the rule is printed with the results.
     */
    public AuthorizationMatrix expect(String endpoint, Expectation expectation, String because, String... strangers) {
        document.get(endpoint);
        rules.computeIfAbsent(endpoint, key -> new ArrayList<>())
                .add(new Rule(expectation, new LinkedHashSet<>(List.of(strangers))));
        declared.add("%s: %s%s, because %s".formatted(endpoint, expectation,
                strangers.length == 0 ? "" : " for " + String.join(", ", strangers), because));
        return this;
    }

    /** The service's lists and declared exceptions ({@link StrangerRules}), as {@link #listing} and {@link #expect}. */
    public AuthorizationMatrix rules(StrangerRules service) {
        service.listings().forEach(this::listing);
        service.rules().forEach(rule -> expect(rule.endpoint(), rule.expectation(), rule.because(),
                rule.strangers().toArray(String[]::new)));
        return this;
    }

    /**
     * A list or export of the hidden objects: strangers get it without them, and the owner's answer must hold at least
     * one, which shows the request would have listed them.
     */
    public AuthorizationMatrix listing(String endpoint) {
        document.get(endpoint);
        listings.add(endpoint);
        return this;
    }

    /**
     * Endpoints that someone the fixture names with {@link Fixture#alsoAllowed} may not use after all, with the
     * service's rule that says so.
     */
    public AuthorizationMatrix except(String alsoAllowed, String because, String... endpoints) {
        for (String endpoint : endpoints) {
            document.get(endpoint);
            notAllowed.computeIfAbsent(alsoAllowed, key -> new LinkedHashSet<>()).add(endpoint);
        }
        declared.add("%s may not %s, because %s".formatted(alsoAllowed, String.join(", ", endpoints), because));
        return this;
    }

    /** One dynamic test per endpoint of the document under {@code /api/}, then one that prints the counts. */
    public Stream<DynamicTest> tests() {
        List<Endpoint> endpoints = document.under("/api/");
        assertThat(endpoints).as("endpoints in the OpenAPI document of " + service).isNotEmpty();
        long started = System.nanoTime();
        return Stream.concat(endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.key(),
                () -> check(endpoint))), Stream.of(DynamicTest.dynamicTest("summary", () -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    System.out.printf("[authorization-matrix] %s: %d of %d endpoints passed, x strangers %s"
                            + " + anonymous + owner: %d cases checked in %d ms%n", service, endpointsChecked.get(),
                            endpoints.size(), strangersSeen, cases.get(), millis);
                    declared.forEach(rule -> System.out.printf("[authorization-matrix] %s rule: %s%n", service, rule));
                    assertThat(endpointsChecked.get()).isEqualTo(endpoints.size());
                })));
    }

    public int casesChecked() {
        return cases.get();
    }

    private void check(Endpoint endpoint) {
        Fixture fixture = fixtures.get();
        MatrixRequest request = request(endpoint, fixture);
        List<String> log = new ArrayList<>();
        for (Map.Entry<String, Person> stranger : fixture.strangers.entrySet()) {
            strangersSeen.add(stranger.getKey());
            Expectation expectation = expectation(endpoint, request, fixture, stranger.getKey());
            Response response = send(api, request, stranger.getValue());
            String as = "%s as %s (%s), expected %s: %d %s".formatted(endpoint.key(), stranger.getKey(),
                    stranger.getValue(), expectation, response.status(), response.body());
            switch (expectation) {
                case HIDDEN -> {
                    assertThat(response.status()).as(as).isEqualTo(404);
                    assertProblem(response, as);
                    MatrixRequest invented = request.withInventedIds(fixture.hiddenFrom(stranger.getKey()));
                    if (!invented.inventedIds().isEmpty()) {
                        Response missing = send(api, invented, stranger.getValue());
                        assertThat(missing.status()).as("the same request with made-up ids: " + as).isEqualTo(404);
                        String[] answers = invented.placeholders(response.body(), missing.body());
                        assertThat(answers[0]).as("answers for a hidden object and for none must not differ: " + as)
                                .isEqualTo(answers[1]);
                    }
                }
                case FORBIDDEN -> {
                    assertThat(response.status()).as(as).isEqualTo(403);
                    assertProblem(response, as);
                }
                case ALLOWED_WITHOUT_HIDDEN -> {
                    assertThat(response.status()).as(as).isBetween(200, 299);
                    for (String secret : fixture.secretsFrom(stranger.getKey())) {
                        if (!request.mentions(secret)) {
                            assertThat(response.body()).as("leak of " + secret + ": " + as).doesNotContain(secret);
                        }
                    }
                }
            }
            log.add(stranger.getKey() + "=" + response.status());
            cases.incrementAndGet();
        }

        Response anonymous = send(api, request, null);
        String as = endpoint.key() + " anonymously: " + anonymous.status() + " " + anonymous.body();
        assertThat(anonymous.status()).as(as).isEqualTo(401);
        assertProblem(anonymous, as);
        cases.incrementAndGet();

        Person owner = fixture.owners.getOrDefault(endpoint.key(), fixture.owner);
        Response allowed = send(api, request, owner);
        assertThat(allowed.status()).as("""
                %s as its rightful owner %s must succeed, or the strangers' answers prove nothing; give the matrix \
                the values it needs (Fixture.value/field/query/owner). Sent %s, got %d %s""".formatted(endpoint.key(),
                owner, request, allowed.status(), allowed.body())).isBetween(200, 299);
        if (listings.contains(endpoint.key())) {
            assertThat(fixture.secrets).as("%s as its owner must list a hidden object: %s", endpoint.key(),
                    allowed.body()).anyMatch(allowed.body()::contains);
        }
        cases.incrementAndGet();

        for (String label : fixture.alsoAllowed.keySet()) {
            if (notAllowed.getOrDefault(label, Set.of()).contains(endpoint.key())) {
                continue;
            }
            // the owner's request may have used the objects up: a fresh set for each
            Fixture fresh = fixtures.get();
            Person person = fresh.alsoAllowed.get(label);
            Response answer = send(api, request(endpoint, fresh), person);
            assertThat(answer.status()).as("%s as %s (%s): %d %s", endpoint.key(), label, person, answer.status(),
                    answer.body()).isBetween(200, 299);
            log.add(label + "=" + answer.status());
            cases.incrementAndGet();
        }
        endpointsChecked.incrementAndGet();
        System.out.printf("[authorization-matrix] %s %s: %s, anonymous=%d, owner=%d%n", service, endpoint.key(),
                String.join(" ", log), anonymous.status(), allowed.status());
    }

    private Expectation expectation(Endpoint endpoint, MatrixRequest request, Fixture fixture, String stranger) {
        for (Rule rule : rules.getOrDefault(endpoint.key(), List.of())) {
            if (rule.appliesTo(stranger)) {
                return rule.expectation();
            }
        }
        if (fixture.hiddenFrom(stranger).stream().anyMatch(request::mentions)) {
            return Expectation.HIDDEN;
        }
        if (endpoint.isRead() || listings.contains(endpoint.key())) {
            return Expectation.ALLOWED_WITHOUT_HIDDEN;
        }
        throw new AssertionError("""
                %s names none of the fixture's hidden objects, so the matrix cannot tell what %s may do with it: \
                declare the service's rule with expect(...)""".formatted(endpoint.key(), stranger));
    }

    private static void assertProblem(Response response, String as) {
        assertThat(response.contentType()).as(as).startsWith("application/problem+json");
        assertThat(response.body()).as(as).doesNotContain("Exception", "\tat ", "at org.springframework");
    }

    private static MatrixRequest request(Endpoint endpoint, Fixture fixture) {
        return MatrixRequest.fill(endpoint, fixture.values(endpoint.key()), fixture.queries.get(endpoint.key()),
                JsonExamples.merged(fixture.fields, fixture.endpointFields.getOrDefault(endpoint.key(), Map.of())));
    }


    /**
     * Objects created through the API by their rightful owners for one endpoint's checks, the values that fill its
     * requests, and the people who must not see them.
     */
    public static final class Fixture {

        private final Person owner;
        private final Map<String, Person> owners = new LinkedHashMap<>();
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> endpointValues = new LinkedHashMap<>();
        private final Set<String> hiddenIds = new LinkedHashSet<>();
        private final Set<String> secrets = new LinkedHashSet<>();
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> endpointFields = new LinkedHashMap<>();
        private final Map<String, String> queries = new LinkedHashMap<>();
        private final Map<String, Person> strangers = new LinkedHashMap<>();
        private final Map<String, Set<String>> visible = new LinkedHashMap<>();
        private final Map<String, Person> alsoAllowed = new LinkedHashMap<>();

        private Fixture(Person owner) {
            this.owner = owner;
        }

        /** Objects of which {@code owner} may do everything the service offers (the last request of each check). */
        public static Fixture ownedBy(Person owner) {
            return new Fixture(owner);
        }

        /** The id of a hidden object, for the path variable {@code name}; it must appear in no stranger's answer. */
        public Fixture hidden(String name, String id) {
            values.put(name, id);
            hiddenIds.add(id);
            secrets.add(id);
            return this;
        }

        /** A hidden object's id that no path variable takes (it may be in a body, or only in answers). */
        public Fixture hidden(String id) {
            hiddenIds.add(id);
            secrets.add(id);
            return this;
        }

        /** A value for a path variable or a required query parameter that is not a hidden object. */
        public Fixture value(String name, String value) {
            values.put(name, value);
            return this;
        }

        /** A value for a path variable or required query parameter of one endpoint ("METHOD /path"). */
        public Fixture value(String endpoint, String name, String value) {
            endpointValues.computeIfAbsent(endpoint, key -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** A body property of every endpoint, at any depth, by name. */
        public Fixture field(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        /** A body property of one endpoint ("METHOD /path"). */
        public Fixture field(String endpoint, String name, Object value) {
            endpointFields.computeIfAbsent(endpoint, key -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** Query parameters added to one endpoint's request, e.g. a filter that brings the owner's rows to page 1. */
        public Fixture query(String endpoint, String query) {
            queries.put(endpoint, query);
            return this;
        }

        /** Someone else who may do this one endpoint, when the fixture's owner may not. */
        public Fixture owner(String endpoint, Person person) {
            owners.put(endpoint, person);
            return this;
        }

        /**
         * Someone else the service's rules let do what the owner does (e.g. the network's co-ordinator): each endpoint
         * is called again as them, about a fresh fixture; {@link AuthorizationMatrix#except} lists what they may not.
         */
        public Fixture alsoAllowed(String label, Person person) {
            alsoAllowed.put(label, person);
            return this;
        }

        /** Someone who must not see the hidden objects; the label names them in rules and reports. */
        public Fixture stranger(String label, Person person) {
            strangers.put(label, person);
            return this;
        }

        /**
         * The service's rules let these strangers see this object (its id or text): their reads may show it, and what
         * they may not do to it must be declared with {@link AuthorizationMatrix#expect}.
         */
        public Fixture visibleTo(String idOrText, String... strangerLabels) {
            visible.computeIfAbsent(idOrText, key -> new LinkedHashSet<>()).addAll(List.of(strangerLabels));
            return this;
        }

        /** Text that identifies a hidden object (e.g. its unique title) and must appear in no stranger's answer. */
        public Fixture secret(String text) {
            secrets.add(text);
            return this;
        }

        Set<String> hiddenFrom(String stranger) {
            Set<String> hidden = new LinkedHashSet<>(hiddenIds);
            hidden.removeIf(id -> visible.getOrDefault(id, Set.of()).contains(stranger));
            return hidden;
        }

        Set<String> secretsFrom(String stranger) {
            Set<String> hidden = new LinkedHashSet<>(secrets);
            hidden.removeIf(secret -> visible.getOrDefault(secret, Set.of()).contains(stranger));
            return hidden;
        }

        /** The path and query values one endpoint ("METHOD /path") is filled in with. */
        public Map<String, String> values(String endpoint) {
            Map<String, String> all = new LinkedHashMap<>(values);
            all.putAll(endpointValues.getOrDefault(endpoint, Map.of()));
            return all;
        }

        /** The body properties every endpoint is filled in with. */
        public Map<String, Object> fields() {
            return Collections.unmodifiableMap(fields);
        }

        /** The body properties of one endpoint, on top of {@link #fields()}. */
        public Map<String, Object> fields(String endpoint) {
            return endpointFields.getOrDefault(endpoint, Map.of());
        }

        /** Who may call this endpoint about the fixture's objects. */
        public Person owner(String endpoint) {
            return owners.getOrDefault(endpoint, owner);
        }
    }

    private static Response send(Api api, MatrixRequest request, Person person) {
        return api.call(person, request.endpoint().method(), request.path(), request.body());
    }
}
