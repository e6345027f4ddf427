package uk.org.networkcommons.platform.testapp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import uk.org.networkcommons.platform.test.security.TestJwtIssuerInitializer;

/**
 * The test app on a real Tomcat at a random port, validating tokens from {@code TestJwtIssuer}. One shared context for
 * every class that uses this annotation. A real server rather than MockMvc, because the container's error page and
 * multipart limits only exist there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1KB",
        "spring.servlet.multipart.max-request-size=2KB",
        "management.endpoints.web.exposure.include=health,info"})
@ContextConfiguration(initializers = TestJwtIssuerInitializer.class)
public @interface TestAppTest {
}
