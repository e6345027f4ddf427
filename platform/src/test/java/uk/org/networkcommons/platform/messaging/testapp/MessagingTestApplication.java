package uk.org.networkcommons.platform.messaging.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service under test: whatever the platform auto-configures, plus the aggregate and projection in this package. */
@SpringBootApplication
public class MessagingTestApplication {
}
