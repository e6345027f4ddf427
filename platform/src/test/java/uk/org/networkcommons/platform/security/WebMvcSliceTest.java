package uk.org.networkcommons.platform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;
import uk.org.networkcommons.platform.test.security.TestJwtIssuerInitializer;
import uk.org.networkcommons.platform.testapp.TestApp;
import uk.org.networkcommons.platform.testapp.WidgetRules;

/**
 * A service's {@code @WebMvcTest} gets the platform's security and problem handling too (the platform lists both
 * auto-configurations for the slice), so controller tests exercise the same 401s, Viewer and problems as production.
 */
@WebMvcTest
@ContextConfiguration(classes = TestApp.class, initializers = TestJwtIssuerInitializer.class)
@Import(WidgetRules.class) // a service bean, which the slice leaves out, that one controller needs
class WebMvcSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void sliceRejectsARequestWithoutATokenWithProblemJson() throws Exception {
        mvc.perform(get("/test/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + Problems.UNAUTHENTICATED));
    }

    @Test
    void sliceValidatesARealTokenAndPassesTheViewerToTheController() throws Exception {
        TestUser officer = TestUsers.laOfficer("873", OrganisationId.of("org-cambs"));

        mvc.perform(get("/test/me").header(HttpHeaders.AUTHORIZATION,
                        TestJwtIssuer.instance().token(officer).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(officer.subject()))
                .andExpect(jsonPath("$.laCode").value("873"));
    }

    @Test
    void sliceRejectsAForgedTokenWithProblemJson() throws Exception {
        mvc.perform(get("/test/me").header(HttpHeaders.AUTHORIZATION,
                        TestJwtIssuer.instance().token(TestUsers.platformAdmin()).tampered().bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + Problems.INVALID_TOKEN));
    }

    @Test
    void sliceAnswersAnInvalidBodyWithAProblemListingTheFields() throws Exception {
        mvc.perform(post("/test/widgets")
                        .header(HttpHeaders.AUTHORIZATION,
                                TestJwtIssuer.instance().token(TestUsers.platformAdmin()).bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"quantity\":11}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + Problems.VALIDATION_FAILED))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[1].field").value("quantity"));
    }
}
