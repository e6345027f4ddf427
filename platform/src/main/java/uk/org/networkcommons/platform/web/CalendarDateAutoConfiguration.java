package uk.org.networkcommons.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

/** Registers {@link CalendarDateModule} with the JSON mapper Spring Boot configures (it adds every module bean). */
@AutoConfiguration
@ConditionalOnClass(JacksonModule.class)
public class CalendarDateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CalendarDateModule calendarDateModule() {
        return new CalendarDateModule();
    }
}
