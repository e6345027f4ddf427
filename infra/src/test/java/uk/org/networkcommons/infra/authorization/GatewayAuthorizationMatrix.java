package uk.org.networkcommons.infra.authorization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import uk.org.networkcommons.infra.authorization.GatewayClient.Answer;
import uk.org.networkcommons.platform.test.api.JsonExamples;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.platform.test.hostile.MatrixRequest;
import uk.org.networkcommons.platform.test.hostile.StrangerRules;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Expectation;

/**
 * The services' authorization matrices ({@code AuthorizationMatrix} in the platform's test support) run again on the
 * deployed path: every operation of every OpenAPI document the gateway serves, sent through the gateway with tokens
 * Keycloak issued, about real objects of the demo's LA, by each stranger, and anonymously. The expectations are the
 * services' own: a request naming an object the stranger may not see is {@link Expectation#HIDDEN} (404 problem+json,
 * the same answer as for ids that exist nowhere), any other read is {@link Expectation#ALLOWED_WITHOUT_HIDDEN}, and a
 * write that names nothing hidden must have its rule declared with {@link #expect}, as in the service's matrix.
 * Anonymous callers get 401 problem+json everywhere.
 *
 * <p>The owner (the LA's officer) sends every read too, and must succeed, which shows the request named real,
 * visible objects; a list's answer must hold some of them. The owner sends no write: its success would change the demo
 * data the other tests of the launched platform read. The writes' ids come from the owner's reads of the same objects,
 * so a stranger's 404 is not for want of the object. An operation the matrix cannot fill fails it, so a new endpoint
 * is never skipped silently.
 */
final class GatewayAuthorizationMatrix {

    static final String ANONYMOUS = "anonymous";

    /** A check of one operation the generic rules cannot make (the event stream): answers one case per viewer. */
    interface OwnCheck {
        List<Case> check(Endpoint endpoint) throws Exception;
    }

    /** One viewer's call of one operation; {@code broken} says how it broke the rule, null when it kept it. */
    record Case(String viewer, String outcome, String broken) {

        static Case kept(String viewer, String outcome) {
            return new Case(viewer, outcome, null);
        }

        static Case broken(String viewer, String outcome, String how) {
            return new Case(viewer, outcome, how);
        }
    }

    private record Rule(Expectation expectation, Set<String> strangers) {

        boolean appliesTo(String stranger) {
            return strangers.isEmpty() || strangers.contains(stranger);
        }
    }

    /** An operation of one of the documents. */
    record Operation(String document, Endpoint endpoint) {

        String key() {
            return endpoint.key();
        }

        @Override
        public String toString() {
            return document + " " + endpoint.key();
        }
    }

    private final GatewayClient gateway;
    private final Map<String, OpenApiEndpoints> documents;
    private final MatrixFixture fixture;
    private final Map<String, List<Rule>> rules = new LinkedHashMap<>();
    private final Set<String> listings = new LinkedHashSet<>();
    private final Map<String, OwnCheck> ownChecks = new LinkedHashMap<>();
    private final List<String> declared = new ArrayList<>();
    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger ownerChecks = new AtomicInteger();
    private final List<String> leaks = new ArrayList<>();
    private final Set<String> operationsChecked = new LinkedHashSet<>();

    GatewayAuthorizationMatrix(GatewayClient gateway, Map<String, OpenApiEndpoints> documents, MatrixFixture fixture) {
        this.gateway = gateway;
        this.documents = documents;
        this.fixture = fixture;
    }

    /** What strangers (all, or those named) get from an operation, with the service's rule that says so. */
    GatewayAuthorizationMatrix expect(String operation, Expectation expectation, String because, String... strangers) {
        find(operation);
        rules.computeIfAbsent(operation, key -> new ArrayList<>())
                .add(new Rule(expectation, new LinkedHashSet<>(List.of(strangers))));
        declared.add("%s: %s%s, because %s".formatted(operation, expectation,
                strangers.length == 0 ? "" : " for " + String.join(", ", strangers), because));
        return this;
    }

    /** A service's lists and declared exceptions, the same its own matrix applies. */
    GatewayAuthorizationMatrix rules(StrangerRules service) {
        service.listings().forEach(this::listing);
        service.rules().forEach(rule -> expect(rule.endpoint(), rule.expectation(), rule.because(),
                rule.strangers().toArray(String[]::new)));
        return this;
    }

    /** A list or export of hidden objects: strangers get it without them; the owner's answer holds some. */
    GatewayAuthorizationMatrix listing(String operation) {
        find(operation);
        listings.add(operation);
        return this;
    }

    /** An operation checked by its own means rather than by request and answer. */
    GatewayAuthorizationMatrix checkedBy(String operation, OwnCheck check) {
        find(operation);
        ownChecks.put(operation, check);
        return this;
    }

    /** Every operation under {@code /api/} of every document, in the documents' order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        documents.forEach((name, document) -> document.under("/api/").forEach(endpoint -> {
            if (!keys.add(endpoint.key())) {
                throw new AssertionError(endpoint.key() + " is in two documents; the gateway routes it to one");
            }
            operations.add(new Operation(name, endpoint));
        }));
        return operations;
    }

    /** The viewers of every operation: the strangers and anonymous. */
    List<String> viewers() {
        List<String> viewers = new ArrayList<>(fixture.strangers().keySet());
        viewers.add(ANONYMOUS);
        return viewers;
    }

    /** One dynamic test per operation, then one that prints the count and fails on any leak or unchecked case. */
    Stream<DynamicTest> tests() {
        List<Operation> operations = operations();
        if (operations.isEmpty()) {
            throw new AssertionError("the gateway serves no operations under /api/: " + documents.keySet());
        }
        long started = System.nanoTime();
        return Stream.concat(operations.stream().map(operation -> DynamicTest.dynamicTest(operation.toString(),
                () -> check(operation))), Stream.of(DynamicTest.dynamicTest("summary", () -> {
                    int viewers = viewers().size();
                    System.out.printf("[authorization-matrix] through the gateway: %d operations × %d viewers = %d "
                            + "cases, %d leaks%n", operations.size(), viewers, cases.get(), leaks.size());
                    System.out.printf("[authorization-matrix] through the gateway: viewers %s; %d owner reads; %d "
                            + "calls (%d waits for the rate limit) in %d ms; documents %s%n", viewers(),
                            ownerChecks.get(), gateway.calls(), gateway.rateLimited(),
                            (System.nanoTime() - started) / 1_000_000, documents.keySet());
                    declared.forEach(rule -> System.out.printf("[authorization-matrix] rule: %s%n", rule));
                    leaks.forEach(leak -> System.out.printf("[authorization-matrix] LEAK: %s%n", leak));
                    if (!leaks.isEmpty()) {
                        throw new AssertionError(leaks.size() + " cases broke the rules:\n" + String.join("\n", leaks));
                    }
                    List<String> unchecked = operations.stream().map(Operation::toString)
                            .filter(operation -> !operationsChecked.contains(operation)).toList();
                    if (!unchecked.isEmpty() || cases.get() != operations.size() * viewers) {
                        throw new AssertionError("not every operation was checked for every viewer: " + cases.get()
                                + " of " + operations.size() * viewers + " cases; unchecked: " + unchecked);
                    }
                })));
    }

    private void check(Operation operation) throws Exception {
        List<Case> results = ownChecks.containsKey(operation.key())
                ? ownChecks.get(operation.key()).check(operation.endpoint())
                : requestAndAnswer(operation.endpoint());
        List<String> log = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Case result : results) {
            log.add(result.viewer() + "=" + result.outcome());
            if (result.broken() != null) {
                broken.add(operation + " as " + result.viewer() + ": " + result.broken());
            }
        }
        if (!results.stream().map(Case::viewer).toList().equals(viewers())) {
            throw new AssertionError(operation + " was checked for " + log + ", not for every viewer " + viewers());
        }
        synchronized (leaks) {
            leaks.addAll(broken);
        }
        cases.addAndGet(results.size());
        operationsChecked.add(operation.toString());
        System.out.printf("[authorization-matrix] %s: %s%n", operation, String.join(" ", log));
        if (!broken.isEmpty()) {
            throw new AssertionError(String.join("\n", broken));
        }
    }

    private List<Case> requestAndAnswer(Endpoint endpoint) {
        MatrixRequest request = request(endpoint);
        if (endpoint.isRead() || listings.contains(endpoint.key())) {
            Answer owner = send(request, fixture.ownerToken());
            if (!owner.isSuccess()) {
                throw new AssertionError("""
                        %s as the LA's officer must succeed, or the strangers' answers prove nothing: give the matrix \
                        the values it needs. Sent %s, got %s""".formatted(endpoint.key(), request, owner));
            }
            if (listings.contains(endpoint.key()) && fixture.allSecrets().stream().noneMatch(owner.body()::contains)) {
                throw new AssertionError("%s as the LA's officer must list a hidden object: %s".formatted(
                        endpoint.key(), owner));
            }
            ownerChecks.incrementAndGet();
        }
        List<Case> results = new ArrayList<>();
        fixture.strangers().forEach((stranger, token) -> results.add(asStranger(endpoint, request, stranger, token)));

        Answer anonymous = send(request, null);
        String outcome = String.valueOf(anonymous.status());
        if (anonymous.status() != 401 || !anonymous.isProblem()) {
            results.add(Case.broken(ANONYMOUS, outcome, "expected 401 problem+json, got " + anonymous));
        } else {
            results.add(Case.kept(ANONYMOUS, outcome));
        }
        return results;
    }

    private Case asStranger(Endpoint endpoint, MatrixRequest request, String stranger, String token) {
        Expectation expectation = expectation(endpoint, request, stranger);
        Answer answer = send(request, token);
        String outcome = String.valueOf(answer.status());
        String expected = "expected " + expectation + " for " + request + ", got " + answer;
        switch (expectation) {
            case HIDDEN -> {
                if (answer.status() != 404 || !answer.isProblem()) {
                    return Case.broken(stranger, outcome, expected);
                }
                MatrixRequest invented = request.withInventedIds(fixture.hiddenFrom(stranger));
                Answer missing = send(invented, token);
                String[] compared = invented.placeholders(answer.body(), missing.body());
                if (missing.status() != 404 || !compared[0].equals(compared[1])) {
                    return Case.broken(stranger, outcome, "answers for a hidden object and for none must not "
                            + "differ: " + answer + " but for " + invented + " " + missing);
                }
            }
            case FORBIDDEN -> {
                if (answer.status() != 403 || !answer.isProblem()) {
                    return Case.broken(stranger, outcome, expected);
                }
            }
            case ALLOWED_WITHOUT_HIDDEN -> {
                if (!answer.isSuccess()) {
                    return Case.broken(stranger, outcome, expected);
                }
                for (String secret : fixture.secretsFrom(stranger)) {
                    if (!request.mentions(secret) && answer.body().contains(secret)) {
                        return Case.broken(stranger, outcome, "the answer holds '" + secret + "': " + answer);
                    }
                }
            }
        }
        if (!answer.isSuccess() && (answer.body().contains("Exception") || answer.body().contains("\tat "))) {
            return Case.broken(stranger, outcome, "the answer shows the server's internals: " + answer);
        }
        return Case.kept(stranger, outcome);
    }

    private Expectation expectation(Endpoint endpoint, MatrixRequest request, String stranger) {
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
                %s names none of the hidden objects, so the matrix cannot tell what %s may do with it: declare the \
                service's rule with expect(...), as its own matrix does""".formatted(endpoint.key(), stranger));
    }

    private MatrixRequest request(Endpoint endpoint) {
        return MatrixRequest.fill(endpoint, fixture.values(endpoint.key()), fixture.query(endpoint.key()),
                JsonExamples.merged(fixture.fields(), fixture.fields(endpoint.key())));
    }

    private Operation find(String key) {
        return operations().stream().filter(operation -> operation.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No document the gateway serves has " + key));
    }


    private Answer send(MatrixRequest request, String token) {
        return gateway.call(token, request.endpoint().method().name(), request.path(), request.body());
    }
}
