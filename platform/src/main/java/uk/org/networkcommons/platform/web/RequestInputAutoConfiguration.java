package uk.org.networkcommons.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;

/**
 * Input every service refuses with a 400 before its own code sees it, because the database cannot hold it: dates
 * beyond four-digit years ({@link CalendarDateModule}, registered with the JSON mapper Spring Boot configures, which
 * adds every module bean) and request parameters holding a NUL character ({@link NulCharacterInterceptor}).
 */
@AutoConfiguration
public class RequestInputAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JacksonModule.class)
    static class Dates {

        @Bean
        @ConditionalOnMissingBean
        CalendarDateModule calendarDateModule() {
            return new CalendarDateModule();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class Parameters {

        @Bean
        WebMvcConfigurer nulCharacterInterceptorConfigurer() {
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(new NulCharacterInterceptor());
                }
            };
        }
    }
}
