package uk.org.networkcommons.actiontracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The actions networks agree to take, from workshops or directly, followed through to done. */
@SpringBootApplication
public class ActionTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ActionTrackerApplication.class, args);
    }
}
