package uk.org.networkcommons.platform.testapp;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import uk.org.networkcommons.platform.security.AuthorizationRules;

/**
 * A service with no database and no broker: Mongo and Kafka auto-configuration (and the platform's messaging, which
 * needs them) are excluded because nothing here talks to either.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "uk.org.networkcommons.platform.messaging.MessagingAutoConfiguration"})
public class TestApp {

    /** Shows a service adding its own rules to the platform's chain. */
    @Bean
    AuthorizationRules testRules() {
        return requests -> requests.requestMatchers("/test/admin/**").hasRole("PLATFORM_ADMIN")
                .requestMatchers("/test/public/**").permitAll();
    }

    /** Fails outside Spring MVC, where only the container's error page can answer. */
    @Bean
    Filter failingFilter() {
        return (request, response, chain) -> {
            if (((HttpServletRequest) request).getRequestURI().equals("/test/filter-failure")) {
                throw new ServletException("filter broke: jdbc:secret://db-host/password=hunter2");
            }
            chain.doFilter(request, response);
        };
    }
}
