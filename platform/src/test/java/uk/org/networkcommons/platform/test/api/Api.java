package uk.org.networkcommons.platform.test.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calls the API as a person, through the real security filter chain and token validation. */
public class Api {

    private final MockMvc mvc;
    private final Tokens tokens;

    public Api(MockMvc mvc, Tokens tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    public Response call(Person person, HttpMethod method, String path, String json) {
        return callWithIfMatch(person, method, path, json, null);
    }

    public Response callWithIfMatch(Person person, HttpMethod method, String path, String json, String ifMatch) {
        MockHttpServletRequestBuilder builder = request(method, path).accept(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON);
        if (person != null) {
            builder.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tokenFor(person));
        }
        if (ifMatch != null) {
            builder.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (json != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        try {
            MvcResult result = mvc.perform(builder).andReturn();
            return new Response(result.getResponse().getStatus(), result.getResponse().getContentType(),
                    result.getResponse().getContentAsString(), result.getResponse().getHeader(HttpHeaders.ETAG));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public Response get(Person person, String path) {
        return call(person, HttpMethod.GET, path, null);
    }

    public Response post(Person person, String path, String json) {
        return call(person, HttpMethod.POST, path, json);
    }

    /** What came back. */
    public record Response(int status, String contentType, String body, String etag) {

        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP %d but was %d: %s".formatted(expected, status, body));
            }
            return this;
        }

        public String field(String jsonPath) {
            Object value = JsonPath.read(body, jsonPath);
            return value == null ? null : value.toString();
        }

        public <T> T read(String jsonPath) {
            return JsonPath.read(body, jsonPath);
        }
    }
}
