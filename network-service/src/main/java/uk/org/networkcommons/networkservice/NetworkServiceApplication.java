package uk.org.networkcommons.networkservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Who belongs to which network and how each network is governed. */
@SpringBootApplication
public class NetworkServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NetworkServiceApplication.class, args);
    }
}
