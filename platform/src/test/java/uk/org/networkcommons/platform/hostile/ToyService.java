package uk.org.networkcommons.platform.hostile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.platform.problem.ProblemExceptionHandler;
import uk.org.networkcommons.platform.test.api.Api;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * A service of one "thing", owned by "owner", whose rules can be broken on purpose: the token is the caller's user id,
 * so the hostile tests' own logic is tested without Keycloak, Mongo or Kafka.
 */
final class ToyService {

    /** How the toy behaves towards callers other than the owner. */
    enum Flaw { NONE, SHOWS_THE_THING, LISTS_THE_THING, SAYS_IT_EXISTS, FAILS_ON_NULLS }

    static final String THING = "thing-7d1f";
    static final Person OWNER = new Person("owner", "org-1", "873", Set.of());
    static final Person STRANGER = new Person("stranger", "org-2", "872", Set.of());

    static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/api/things": {
                "get": {"parameters": []},
                "post": {"requestBody": {"required": true, "content": {"application/json": {"schema":
                  {"$ref": "#/components/schemas/ThingRequest"}}}}}},
              "/api/things/{thingId}": {"get": {"parameters": [
                {"name": "thingId", "in": "path", "required": true, "schema": {"type": "string"}}]}}},
             "components": {"schemas": {"ThingRequest": {"type": "object", "required": ["name"], "properties": {
               "name": {"type": "string", "maxLength": 50}, "due": {"type": "string", "format": "date"},
               "tags": {"type": "array", "items": {"type": "string"}}}}}}}
            """;

    private ToyService() {
    }

    static Api api(Flaw flaw) {
        return new Api(mvc(flaw), person -> person.userId());
    }

    static MockMvc mvc(Flaw flaw) {
        // the platform's problem handling, so that unreadable bodies are 400 problems as in every service
        return MockMvcBuilders.standaloneSetup(new Things(flaw)).setControllerAdvice(new ProblemExceptionHandler())
                .build();
    }

    static OpenApiEndpoints document() {
        return OpenApiEndpoints.parse(DOCUMENT);
    }

    @RestController
    static class Things {

        private final Flaw flaw;

        Things(Flaw flaw) {
            this.flaw = flaw;
        }

        @GetMapping("/api/things")
        ResponseEntity<Object> list(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token) {
            if (token == null) {
                return problem(401, "/api/things", "Sign in");
            }
            boolean sees = token.endsWith(OWNER.userId()) || flaw == Flaw.LISTS_THE_THING;
            return ResponseEntity.ok(sees ? List.of(Map.of("id", THING)) : List.of());
        }

        @GetMapping("/api/things/{thingId}")
        ResponseEntity<Object> get(@PathVariable String thingId,
                @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token) {
            if (token == null) {
                return problem(401, "/api/things/" + thingId, "Sign in");
            }
            boolean exists = thingId.equals(THING);
            if (exists && (token.endsWith(OWNER.userId()) || flaw == Flaw.SHOWS_THE_THING)) {
                return ResponseEntity.ok(Map.of("id", THING));
            }
            String detail = exists && flaw == Flaw.SAYS_IT_EXISTS ? "Thing " + thingId + " is private"
                    : "No thing with id " + thingId;
            return problem(404, "/api/things/" + thingId, detail);
        }

        @PostMapping("/api/things")
        ResponseEntity<Object> create(@RequestBody Map<String, Object> thing,
                @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token) {
            if (token == null) {
                return problem(401, "/api/things", "Sign in");
            }
            if (flaw == Flaw.FAILS_ON_NULLS && thing.containsValue(null)) {
                return problem(500, "/api/things", "NullPointerException");
            }
            return ResponseEntity.status(201).body(Map.of("id", "thing-new"));
        }

        private static ResponseEntity<Object> problem(int status, String path, String detail) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Map.of(
                    "type", "https://networkcommons.org.uk/problems/toy", "title", "Toy", "status", status,
                    "detail", detail, "instance", path));
        }
    }
}
