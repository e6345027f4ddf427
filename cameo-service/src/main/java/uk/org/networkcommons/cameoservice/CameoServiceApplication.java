package uk.org.networkcommons.cameoservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The material networks plan with, and the workshops where they use it. */
@SpringBootApplication
public class CameoServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CameoServiceApplication.class, args);
    }
}
