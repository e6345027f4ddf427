package uk.org.networkcommons.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.platform.testapp.ProblemAssert.assertProblem;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;
import uk.org.networkcommons.platform.testapp.TestAppTest;
import uk.org.networkcommons.platform.testapp.TestHttp;

/** Every error a client can provoke comes back as problem+json with a platform type and a useful detail. */
@TestAppTest
class ProblemResponsesTest {

    @LocalServerPort
    int port;

    TestHttp http;
    String bearer;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
        bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.of("org-1"))).bearer();
    }

    @Test
    void malformedJsonIs400ProblemSayingWhere() {
        JsonNode problem = assertProblem(post("{\"name\": \"bracket\", \"quantity\": "), 400,
                Problems.MALFORMED_REQUEST);

        assertThat(problem.path("detail").asString()).startsWith("The request body is not well-formed JSON (line 1");
    }

    @Test
    void missingBodyIs400Problem() {
        JsonNode problem = assertProblem(post(""), 400, Problems.MALFORMED_REQUEST);

        assertThat(problem.path("detail").asString()).isEqualTo("The request body is missing or cannot be read.");
    }

    @Test
    void wrongTypedFieldIs400NamingTheField() {
        JsonNode problem = assertProblem(post("{\"name\":\"bracket\",\"quantity\":\"lots\"}"), 400,
                Problems.MALFORMED_REQUEST);

        assertThat(problem.path("detail").asString())
                .isEqualTo("Field 'quantity' must be a whole number, but was \"lots\".");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("quantity");
    }

    @Test
    void objectWhereAStringBelongsIs400NamingTheField() {
        JsonNode problem = assertProblem(post("{\"name\":{\"first\":\"x\"},\"quantity\":1}"), 400,
                Problems.MALFORMED_REQUEST);

        assertThat(problem.path("detail").asString()).isEqualTo("Field 'name' must be a string.");
    }

    @Test
    void bodyOfTheWrongShapeIs400WithoutJavaTypeNames() {
        JsonNode problem = assertProblem(post("[1, 2]"), 400, Problems.MALFORMED_REQUEST);

        assertThat(problem.path("detail").asString())
                .isEqualTo("The request body does not have the expected shape. It must be a JSON object.");
    }

    @Test
    void unknownEnumValueInAQueryParameterIs400ListingTheAcceptedValues() {
        JsonNode problem = assertProblem(http.get("/test/widgets/by-colour?colour=PURPLE", bearer), 400,
                Problems.INVALID_PARAMETER);

        assertThat(problem.path("detail").asString()).isEqualTo(
                "Parameter 'colour' has an invalid value \"PURPLE\"; it must be one of [RED, GREEN, BLUE].");
    }

    @Test
    void unknownEnumValueIs400ListingTheAcceptedValues() {
        JsonNode problem = assertProblem(post("{\"name\":\"bracket\",\"quantity\":1,\"colour\":\"PURPLE\"}"), 400,
                Problems.MALFORMED_REQUEST);

        assertThat(problem.path("detail").asString())
                .isEqualTo("Field 'colour' must be one of [RED, GREEN, BLUE], but was \"PURPLE\".");
    }

    @Test
    void invalidTypedIdInTheBodyIs400WithItsOwnRule() {
        JsonNode problem = assertProblem(post("{\"name\":\"bracket\",\"quantity\":1,\"laCode\":\"87\"}"), 400,
                Problems.MALFORMED_REQUEST);

        assertThat(problem.path("detail").asString()).isEqualTo(
                "Field 'laCode' is invalid: LA code must be three digits, e.g. 873, but was 87");
    }

    @Test
    void wrongTypeInsideAnArrayIsNamedByItsPath() {
        JsonNode problem = assertProblem(post("{\"name\":\"b\",\"quantity\":1,\"parts\":[{\"name\":\"a\"},"
                + "{\"name\":[1]}]}"), 400, Problems.MALFORMED_REQUEST);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("parts[1].name");
    }

    @Test
    void invalidFieldsAre400ListingEachFieldAndItsMessage() {
        JsonNode problem = assertProblem(post("{\"name\":\" \",\"quantity\":0,\"parts\":[{\"name\":\"\"}]}"), 400,
                Problems.VALIDATION_FAILED);

        assertThat(problem.path("detail").asString()).isEqualTo("Invalid fields: name, parts[0].name, quantity.");
        JsonNode errors = problem.path("errors");
        assertThat(errors.size()).isEqualTo(3);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("name");
        assertThat(errors.get(0).path("message").asString()).isEqualTo("must not be blank");
        assertThat(errors.get(1).path("field").asString()).isEqualTo("parts[0].name");
        assertThat(errors.get(2).path("field").asString()).isEqualTo("quantity");
        assertThat(errors.get(2).path("message").asString()).isEqualTo("must be greater than or equal to 1");
    }

    @Test
    void constrainedParameterOutOfRangeIs400NamingTheParameter() {
        JsonNode problem = assertProblem(http.get("/test/widgets/page?size=500", bearer), 400,
                Problems.VALIDATION_FAILED);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("size");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("must be less than or equal to 100");
    }

    @Test
    void constraintViolationBelowTheWebLayerIs400NamingTheFieldNotTheJavaMethod() {
        JsonNode problem = assertProblem(http.get("/test/widgets/checked?name=", bearer), 400,
                Problems.VALIDATION_FAILED);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("must not be blank");
    }

    @Test
    void pathVariableOfTheWrongTypeIs400NamingTheParameter() {
        JsonNode problem = assertProblem(http.get("/test/widgets/abc", bearer), 400, Problems.INVALID_PARAMETER);

        assertThat(problem.path("detail").asString())
                .isEqualTo("Parameter 'number' has an invalid value \"abc\"; it must be a whole number.");
    }

    @Test
    void queryParameterOfTheWrongTypeIs400NamingTheParameter() {
        JsonNode problem = assertProblem(http.get("/test/widgets/1?page=two", bearer), 400,
                Problems.INVALID_PARAMETER);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("page");
    }

    @Test
    void invalidTypedIdInThePathIs400WithItsOwnRule() {
        JsonNode problem = assertProblem(http.get("/test/widgets/by-la/87", bearer), 400,
                Problems.INVALID_PARAMETER);

        assertThat(problem.path("detail").asString()).isEqualTo(
                "Parameter 'laCode' has an invalid value \"87\": LA code must be three digits, e.g. 873, but was 87");
    }

    @Test
    void missingQueryParameterIs400NamingIt() {
        JsonNode problem = assertProblem(http.get("/test/widgets/search", bearer), 400, Problems.INVALID_PARAMETER);

        assertThat(problem.path("detail").asString()).isEqualTo("Parameter 'q' is required.");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        TestHttp.Response response = http.request("POST", "/test/widgets").authorization(bearer)
                .body("text/plain", "name=bracket".getBytes(StandardCharsets.UTF_8)).send();

        assertProblem(response, 415, Problems.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void wrongMethodIs405WithTheAllowedMethods() {
        TestHttp.Response response = http.request("DELETE", "/test/widgets/1").authorization(bearer).send();

        assertProblem(response, 405, Problems.METHOD_NOT_ALLOWED);
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void unknownRouteIs404ProblemNotAnErrorPage() {
        JsonNode problem = assertProblem(http.get("/test/nothing/here", bearer), 404, Problems.NOT_FOUND);

        assertThat(problem.path("instance").asString()).isEqualTo("/test/nothing/here");
    }

    @Test
    void problemIsJsonEvenWhenTheClientAsksForHtml() {
        TestHttp.Response response = http.request("GET", "/test/nothing/here").authorization(bearer)
                .header("Accept", "text/html").send();

        assertProblem(response, 404, Problems.NOT_FOUND);
    }

    @Test
    void notFoundExceptionIs404WithItsMessage() {
        JsonNode problem = assertProblem(http.get("/test/widgets/missing", bearer), 404, Problems.NOT_FOUND);

        assertThat(problem.path("detail").asString()).isEqualTo("No widget with id w-404");
    }

    @Test
    void forbiddenExceptionIs403WithItsMessage() {
        JsonNode problem = assertProblem(http.get("/test/widgets/forbidden", bearer), 403, Problems.FORBIDDEN);

        assertThat(problem.path("detail").asString()).isEqualTo("Only the widget's owner may do this");
    }

    @Test
    void conflictExceptionIs409WithItsMessage() {
        JsonNode problem = assertProblem(http.get("/test/widgets/conflict", bearer), 409, Problems.CONFLICT);

        assertThat(problem.path("detail").asString()).isEqualTo("The widget is already assembled");
    }

    @Test
    void invalidRequestExceptionIs400NamingTheField() {
        JsonNode problem = assertProblem(http.get("/test/widgets/invalid", bearer), 400, Problems.VALIDATION_FAILED);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("effectiveFrom");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("must not be before the network was formed");
    }

    @Test
    void duplicateKeyIs409WithoutTheDatabaseMessage() {
        TestHttp.Response response = http.get("/test/widgets/duplicate", bearer);

        assertProblem(response, 409, Problems.DUPLICATE);
        assertThat(response.body()).doesNotContain("E11000", "name_1", "secret");
    }

    @Test
    void concurrentUpdateIs409WithTheCurrentVersion() {
        JsonNode problem = assertProblem(http.get("/test/widgets/stale", bearer), 409, Problems.CONCURRENT_UPDATE);

        assertThat(problem.path("currentVersion").asLong()).isEqualTo(5L);
    }

    @Test
    void unexpectedExceptionIs500WithACorrelationIdAndNothingOfTheException() {
        TestHttp.Response response = http.get("/test/widgets/boom", bearer);

        JsonNode problem = assertProblem(response, 500, Problems.INTERNAL_ERROR);
        assertThat(problem.path("detail").asString()).isEqualTo(Problems.INTERNAL_ERROR_DETAIL);
        assertThat(problem.path("correlationId").asString()).matches("[0-9a-f-]{36}");
        assertThat(response.body()).doesNotContain("hunter2", "mongodb", "IllegalState", "WidgetController");
    }

    @Test
    void exceptionAnnotatedWithResponseStatusKeepsItsStatus() {
        JsonNode problem = assertProblem(http.get("/test/widgets/gone", bearer), 410, "gone");

        assertThat(problem.path("detail").asString()).isEqualTo("This widget was retired");
    }

    @Test
    void failureOutsideSpringMvcIs500ProblemFromTheErrorPage() {
        TestHttp.Response response = http.get("/test/filter-failure", bearer);

        JsonNode problem = assertProblem(response, 500, Problems.INTERNAL_ERROR);
        assertThat(problem.path("correlationId").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo("/test/filter-failure");
        assertThat(response.body()).doesNotContain("hunter2", "jdbc", "ServletException");
    }

    @Test
    void uploadOverTheSizeLimitIs413() {
        byte[] multipart = multipart(new byte[4096]);
        TestHttp.Response response = http.request("POST", "/test/widgets/upload").authorization(bearer)
                .body("multipart/form-data; boundary=XyZ", multipart).send();

        assertProblem(response, 413, Problems.PAYLOAD_TOO_LARGE);
    }

    private TestHttp.Response post(String json) {
        return http.request("POST", "/test/widgets").authorization(bearer).json(json).send();
    }

    private static byte[] multipart(byte[] content) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--XyZ--\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] tailBytes = tail.getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[headBytes.length + content.length + tailBytes.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(content, 0, body, headBytes.length, content.length);
        System.arraycopy(tailBytes, 0, body, headBytes.length + content.length, tailBytes.length);
        return body;
    }
}
