package uk.org.networkcommons.gateway.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestContextManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.hostile.FormMutations.FormBody;
import uk.org.networkcommons.gateway.hostile.FuzzTargets.ApiTarget;
import uk.org.networkcommons.gateway.hostile.FuzzTargets.FormTarget;
import uk.org.networkcommons.gateway.hostile.SignedInCaller.Response;
import uk.org.networkcommons.gateway.portal.shell.Page;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.security.EdgeSecurityProperties;
import uk.org.networkcommons.gateway.support.BrowserSessions;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.test.hostile.JsonMutations;
import uk.org.networkcommons.platform.test.hostile.JsonMutations.Payload;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * Property-based fuzzing (jqwik) of the gateway's own write endpoints, found in the running application
 * ({@link FuzzTargets}): every portal form a page renders, the sign-out form, and every configured API route. The
 * fakes behind it answer as the real services do ({@link ServiceRules}: 400 problem+json for bad input, 409 for a
 * stale version), so the portal's handling of the services' problems is fuzzed along with its own checks.
 *
 * <p>Whatever is posted: never a 5xx. A portal form answers with a redirect to a page of the portal, or with an HTML
 * page that says what is wrong (the GOV.UK error summary, or the portal's error page) and shows no internals; the
 * portal never sends a service a body it cannot read. An API write is the service's own answer relayed unchanged, or
 * the gateway's own problem+json. Without the session's CSRF token: 403, and no service hears of it. A body over
 * the 1 MB limit, declared or streamed: 413.
 *
 * <p>jqwik runs the properties itself; the shared Spring context of the gateway's tests is taken from Spring's test
 * context cache ({@link TestContextManager}), so this adds no context start. Inputs come from one seed; as for the
 * services' fuzzers, {@code -Dfuzz.seed=N} runs another and {@code -Dfuzz.tries=N} makes each property try N times.
 */
@GatewayIntegrationTest
@AddLifecycleHook(value = GatewayWriteFuzzTest.FixedSeed.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class GatewayWriteFuzzTest {

    static final String SEED = System.getProperty("fuzz.seed", "20261124");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API_ACCEPT = "application/json, application/problem+json";
    /** The portal's error pages, by heading: a problem shown without a form to show it on. */
    private static final List<String> ERROR_PAGES = List.of("Sorry, this cannot be done", "You cannot do this",
            "Page not found", "You need to sign in again");
    /** What a page or problem must never show: stack traces, exception and framework class names. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at java.", "at org.", "at uk.org.",
            "Caused by", "java.lang.", "org.springframework.", "reactor.core.", "Whitelabel");

    private static ApplicationContext context;
    private static SignedInCaller caller;
    private static ServiceRules rules;
    private static FuzzTargets targets;
    private static long limit;
    private static String endSession;
    private static String otherSessionsToken;
    private static long started;
    private static long fuzzingStarted;
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final Map<String, Integer> STATUSES = new TreeMap<>();

    /** Runs every property from {@link #SEED}, so each run sends the same inputs (the jqwik database aside). */
    static class FixedSeed implements AroundPropertyHook {

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext property, PropertyExecutor executor) {
            property.attributes().setSeed(SEED);
            Integer tries = Integer.getInteger("fuzz.tries");
            if (tries != null && !property.targetMethod().isAnnotationPresent(Example.class)) {
                property.attributes().setTries(tries);
            }
            return executor.execute();
        }

        /** Outermost, so the seed is set before jqwik starts generating. */
        @Override
        public int aroundPropertyProximity() {
            return -100;
        }
    }

    @BeforeContainer
    static void findTheWriteEndpoints() {
        started = System.nanoTime();
        context = new TestContextManager(GatewayWriteFuzzTest.class).getTestContext().getApplicationContext();
        fuzzingStarted = System.nanoTime();
        EdgeSecurityProperties edge = context.getBean(EdgeSecurityProperties.class);
        limit = edge.maxRequestSize().toBytes();
        endSession = String.valueOf(edge.signOut().endSessionUri());
        installServices();
        caller = new SignedInCaller(context);
        targets = FuzzTargets.find(context, caller);
        otherSessionsToken = new BrowserSessions(context)
                .signIn(TestUsers.member(OrganisationId.random())).csrfToken();
    }

    @BeforeProperty
    void services() {
        installServices();
        caller.signedOut();
    }

    private static void installServices() {
        FakeServices.reset();
        rules = new ServiceRules();
        rules.install(FakeServices.of(Service.NETWORK_SERVICE), FakeServices.of(Service.CAMEO_SERVICE),
                FakeServices.of(Service.ACTION_TRACKER), "no-one-yet");
    }

    @AfterContainer
    static void summary() {
        if (targets == null) {
            return;
        }
        System.out.printf("[fuzzing] gateway: %d endpoints, %d cases (%s; seed %s) in %d ms (%d ms with the context's "
                + "start); statuses %s%n", targets.endpoints(), CASES.get(), targets.describeEndpoints(), SEED,
                (System.nanoTime() - fuzzingStarted) / 1_000_000, (System.nanoTime() - started) / 1_000_000, STATUSES);
        FakeServices.reset();
    }

    // --- every write endpoint is one the fuzzer fills

    @Example
    void everyWriteEndpointOfTheRunningGatewayIsOneTheFuzzerFillsIn() {
        assertThat(targets.unfilled()).as("write endpoints the fuzzer cannot fill, so would leave unfuzzed").isEmpty();
        assertThat(targets.forms()).as("forms found").isNotEmpty();
        assertThat(targets.apiTargets()).as("API paths found").isNotEmpty();
    }

    // --- portal forms

    /** A form post: where, what body, and whether a script also sent the token as a header. */
    record FormPost(FormTarget target, FormBody body, boolean tokenAlsoInHeader) {

        @Override
        public String toString() {
            return target + (tokenAlsoInHeader ? " (token in the header too)" : "") + ": " + body;
        }
    }

    @Provide
    Arbitrary<FormPost> formPosts() {
        return Arbitraries.of(targets.forms()).flatMap(form -> Combinators.combine(FormMutations.of(form.fields()),
                Arbitraries.of(false, true)).as((body, header) -> new FormPost(form, body, header)));
    }

    @Property(tries = 300)
    void aPortalFormAnswersAnythingPostedWithAPageOrARedirectAndNeverA5xx(@ForAll("formPosts") FormPost post) {
        rules.takeUnreadableBodies();
        String token = caller.session().csrfToken();
        byte[] body = withToken(token, post.body().bytes());
        HttpHeaders headers = new HttpHeaders();
        if (post.tokenAlsoInHeader()) {
            headers.set("X-CSRF-TOKEN", token);
        }
        Response response = caller.send(HttpMethod.POST, post.target().action(), SignedInCaller.BROWSER_ACCEPT,
                nullIfEmpty(post.body().contentType()), body, false, true, headers);
        if (post.target().signsOut()) {
            caller.signedOut();
        }
        String as = describe(post, body.length, response);
        count("form", response);

        assertAnsweredAsThePortal(as, post.target(), body.length, response);
        assertThat(rules.takeUnreadableBodies()).as(as + ": bodies the portal sent that the service could not read")
                .isEmpty();
    }

    private static void assertAnsweredAsThePortal(String as, FormTarget target, long sent, Response response) {
        int status = response.status();
        assertThat(status).as(as).isLessThan(500);
        if (sent > limit) {
            assertThat(status).as(as + ": over the limit").isEqualTo(413);
        } else {
            assertThat(status).as(as + ": within the limit").isNotEqualTo(413);
        }
        if (status >= 300 && status < 400) {
            String location = response.headers().getFirst(HttpHeaders.LOCATION);
            assertThat(location).as(as + ": where the redirect leads").isNotNull();
            if (target.signsOut()) {
                assertThat(location).as(as).startsWith(endSession);
            } else {
                assertThat(location).as(as + ": a page of the portal").startsWith("/").doesNotStartWith("//")
                        .doesNotStartWith("/\\");
                assertThat(location).as(as + ": still signed in").doesNotStartWith("/oauth2/").doesNotStartWith("/login");
            }
            return;
        }
        assertThat(response.contentType()).as(as + ": content type").isNotNull();
        assertThat(MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.TEXT_HTML))
                .as(as + ": answered with a page").isTrue();
        String html = response.text();
        assertThat(html).as(as + ": shows no internals").doesNotContain(INTERNALS);
        Page page = Page.of(html);
        try {
            page.isAccessiblyStructured();
        } catch (AssertionError broken) {
            throw new AssertionError(as + ": the page is not well formed: " + broken.getMessage(), broken);
        }
        assertThat(!page.errorSummary().isEmpty() || ERROR_PAGES.contains(page.h1()))
                .as(as + ": says what went wrong, in the error summary or on an error page (h1 '%s')", page.h1())
                .isTrue();
    }

    // --- API routes

    /** An API write through a route: the method, the body, and whether a program (bearer) or the browser sends it. */
    record ApiCall(ApiTarget target, String method, Payload payload, boolean bearer) {

        @Override
        public String toString() {
            return method + " " + target.path() + " as " + (bearer ? "a bearer client" : "the signed-in browser")
                    + ": " + payload;
        }
    }

    @Provide
    Arbitrary<ApiCall> apiCalls() {
        return Arbitraries.of(targets.apiTargets()).flatMap(target -> Combinators.combine(
                Arbitraries.of(target.methods()), JsonMutations.of(target.validBody()), Arbitraries.of(true, false))
                .as((method, payload, bearer) -> new ApiCall(target, method, payload, bearer)));
    }

    @Property(tries = 250)
    void anApiWriteThroughTheGatewayIsTheServicesAnswerOrTheGatewaysOwnProblemAndNeverA5xx(
            @ForAll("apiCalls") ApiCall call) {
        rules.takeExchanges();
        HttpHeaders headers = new HttpHeaders();
        if (call.bearer()) {
            headers.set(HttpHeaders.AUTHORIZATION, caller.bearer());
        } else {
            headers.set("X-CSRF-TOKEN", caller.session().csrfToken());
        }
        Response response = caller.send(HttpMethod.valueOf(call.method()), call.target().path(), API_ACCEPT,
                call.payload().contentType(), call.payload().body(), false, !call.bearer(), headers);
        List<ServiceRules.Exchange> answered = rules.takeExchanges();
        String as = call + ": answered " + response.status() + " " + response.contentType() + " "
                + abbreviate(response.text());
        count("api", response);

        assertThat(response.status()).as(as).isLessThan(500);
        if (response.status() >= 400) {
            assertProblem(as, response);
        }
        if (answered.size() == 1) {
            FakeServices.Answer service = answered.getFirst().answer();
            assertThat(response.status()).as(as + ": the service's status, relayed").isEqualTo(service.status());
            if (service.status() >= 400) {
                // as the fake sent it: UTF-8, in which a lone surrogate (an echo cut inside an emoji) became '?'
                String sent = new String(service.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                assertThat(JSON.readTree(response.text())).as(as + ": the service's problem, relayed")
                        .isEqualTo(JSON.readTree(sent));
            }
        }
    }

    private static void assertProblem(String as, Response response) {
        assertThat(response.contentType()).as(as + ": content type").isNotNull();
        assertThat(MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(as + ": problem+json").isTrue();
        JsonNode problem = JSON.readTree(response.text());
        assertThat(problem.path("status").asInt()).as(as + ": the problem's status").isEqualTo(response.status());
        assertThat(problem.path("type").asString()).as(as + ": the problem's type").startsWith(Problems.TYPE_BASE);
        assertThat(response.text()).as(as + ": shows no internals").doesNotContain(INTERNALS);
    }

    // --- CSRF

    /** A write sent with the session cookie and a token that is not the session's (null: none at all). */
    record ForgedWrite(Object target, String description, String token, boolean inHeader) {

        @Override
        public String toString() {
            return target + " with " + description + (token == null ? "" : inHeader ? " in the header" : " in the form");
        }
    }

    @Provide
    Arbitrary<ForgedWrite> forgedWrites() {
        List<Object> all = new ArrayList<>(targets.forms());
        all.addAll(targets.apiTargets());
        Arbitrary<Tuple.Tuple2<String, String>> tokens = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Tuple.of("no token", (String) null))),
                Tuple.of(1, Arbitraries.just(Tuple.of("an empty token", ""))),
                Tuple.of(2, Arbitraries.just(Tuple.of("another session's token", otherSessionsToken))),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(120).map(text -> Tuple.of("a made-up token", text))),
                Tuple.of(2, FormMutations.hostileValue().map(text -> Tuple.of("a hostile token", text))),
                Tuple.of(3, Arbitraries.integers().between(0, 95).flatMap(at -> Arbitraries.chars().alpha().numeric()
                        .with('-', '_', '=', '+', '/').map(replacement -> Tuple.of(
                                "the session's token with character " + at + " changed to " + replacement,
                                "CHANGE:" + at + ":" + replacement)))),
                Tuple.of(1, Arbitraries.integers().between(0, 95).map(length -> Tuple.of(
                        "the session's token cut to " + length + " characters", "CUT:" + length))));
        // a header carries a few kilobytes of visible ASCII at most: an HTTP client sends nothing else
        return Combinators.combine(Arbitraries.of(all), tokens, Arbitraries.of(false, true))
                .as((target, token, header) -> new ForgedWrite(target, token.get1(), token.get2(), header))
                .filter(write -> !write.inHeader() || write.token() == null
                        || write.token().length() <= 2_000 && write.token().chars().allMatch(c -> c > 0x20 && c < 0x7f));
    }

    @Property(tries = 150)
    void aWriteWithoutTheSessionsOwnCsrfTokenIsRefused403AndReachesNoService(
            @ForAll("forgedWrites") ForgedWrite write) {
        String own = caller.session().csrfToken();
        String token = forged(write.token(), own);
        if (own.equals(token)) {
            return; // a change that left the token as it was: not a forgery
        }
        HttpHeaders headers = new HttpHeaders();
        if (token != null && write.inHeader()) {
            headers.set("X-CSRF-TOKEN", token);
        }
        int before = received();
        Response response;
        if (write.target() instanceof FormTarget form) {
            byte[] body = FormMutations.encode(form.fields(), StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII);
            if (token != null && !write.inHeader()) {
                body = withToken(token, body);
            }
            response = caller.send(HttpMethod.POST, form.action(), SignedInCaller.BROWSER_ACCEPT, FormMutations.FORM,
                    body, false, true, headers);
        } else {
            ApiTarget api = (ApiTarget) write.target();
            response = caller.send(HttpMethod.valueOf(api.methods().getFirst()), api.path(), API_ACCEPT,
                    MediaType.APPLICATION_JSON_VALUE, api.validBody().toString().getBytes(StandardCharsets.UTF_8),
                    false, true, headers);
        }
        String as = write + ": answered " + response.status() + " " + response.contentType() + " "
                + abbreviate(response.text());
        count("csrf", response);

        assertThat(response.status()).as(as).isEqualTo(403);
        if (write.target() instanceof FormTarget) {
            assertThat(MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.TEXT_HTML))
                    .as(as + ": a page").isTrue();
            assertThat(response.text()).as(as + ": shows no internals").doesNotContain(INTERNALS);
            assertThat(Page.of(response.text()).h1()).as(as).isEqualTo("You cannot do this");
        } else {
            assertProblem(as, response);
            assertThat(JSON.readTree(response.text()).path("type").asString()).as(as)
                    .isEqualTo(Problems.type("csrf-token-invalid").toString());
        }
        assertThat(received()).as(as + ": writes the services received").isEqualTo(before);
    }

    private static String forged(String token, String own) {
        if (token == null || !(token.startsWith("CHANGE:") || token.startsWith("CUT:"))) {
            return token;
        }
        String[] parts = token.split(":", 3);
        int at = Math.min(Integer.parseInt(parts[1]), own.length() - 1);
        return parts[0].equals("CUT") ? own.substring(0, at)
                : own.substring(0, at) + parts[2] + own.substring(at + 1);
    }

    // --- bodies over the limit

    @Example
    void aBodyOverTheLimitIs413OnEveryWriteEndpointWhetherItsLengthIsDeclaredOrItIsStreamed() {
        for (boolean chunked : List.of(false, true)) {
            for (FormTarget form : targets.forms()) {
                String token = caller.session().csrfToken();
                byte[] body = ofLength(withToken(token, "note=".getBytes(StandardCharsets.US_ASCII)), limit + 1);
                int before = received();
                Response response = caller.send(HttpMethod.POST, form.action(), SignedInCaller.BROWSER_ACCEPT,
                        FormMutations.FORM, body, chunked, true, new HttpHeaders());
                if (form.signsOut()) {
                    caller.signedOut();
                }
                String as = form + " with " + body.length + (chunked ? " bytes streamed" : " bytes declared")
                        + ": answered " + response.status() + " " + response.contentType();
                count("oversized", response);
                assertThat(response.status()).as(as).isEqualTo(413);
                assertThat(MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.TEXT_HTML))
                        .as(as + ": a page").isTrue();
                assertThat(response.text()).as(as).doesNotContain(INTERNALS);
                assertThat(received()).as(as + ": writes the services received").isEqualTo(before);
            }
            for (ApiTarget api : targets.apiTargets()) {
                byte[] body = ofLength("{\"title\":\"".getBytes(StandardCharsets.US_ASCII), limit + 1);
                body[body.length - 2] = '"';
                body[body.length - 1] = '}';
                Response response = caller.send(HttpMethod.valueOf(api.methods().getFirst()), api.path(), API_ACCEPT,
                        MediaType.APPLICATION_JSON_VALUE, body, chunked, false,
                        headers(HttpHeaders.AUTHORIZATION, caller.bearer()));
                String as = api + " with " + body.length + (chunked ? " bytes streamed" : " bytes declared")
                        + ": answered " + response.status() + " " + abbreviate(response.text());
                count("oversized", response);
                assertThat(response.status()).as(as).isEqualTo(413);
                assertProblem(as, response);
                assertThat(Arrays.stream(Service.values()).flatMap(service -> FakeServices.of(service).received()
                        .stream()).anyMatch(request -> request.body().length() > limit))
                        .as(as + ": a service got it whole").isFalse();
            }
        }
    }

    // --- helpers

    private static byte[] withToken(String token, byte[] body) {
        byte[] field = ("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + (body.length == 0 ? "" : "&"))
                .getBytes(StandardCharsets.US_ASCII);
        return FormMutations.concat(field, body);
    }

    private static byte[] ofLength(byte[] start, long length) {
        byte[] body = Arrays.copyOf(start, Math.toIntExact(length));
        Arrays.fill(body, start.length, body.length, (byte) 'x');
        return body;
    }

    private static HttpHeaders headers(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }

    /**
     * The writes the services have received. Reads are left out: a page rendered for an earlier case may still have
     * reads in flight (those of a {@code Mono.zip} cancelled by a failed part), which arrive whenever they arrive.
     */
    private static int received() {
        int total = 0;
        for (Service service : Service.values()) {
            total += (int) FakeServices.of(service).received().stream()
                    .filter(request -> !request.method().equals("GET")).count();
        }
        return total;
    }

    private static void count(String kind, Response response) {
        CASES.incrementAndGet();
        synchronized (STATUSES) {
            STATUSES.merge(kind + " " + response.status(), 1, Integer::sum);
        }
    }

    private static String describe(FormPost post, int length, Response response) {
        return post + " (" + length + " bytes with the token): answered " + response.status() + " "
                + response.contentType() + " " + abbreviate(response.text());
    }

    private static String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
