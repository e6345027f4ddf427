package uk.org.networkcommons.platform.problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Makes every error of a servlet service an RFC 9457 problem: the controller advice for everything that reaches
 * Spring MVC, the error page for everything that does not, and the 413 for a request body over the size limit. Runs before Boot's MVC and error auto-configuration so
 * that Boot's own problem handler ({@code spring.mvc.problemdetails.enabled}) and its whitelabel/JSON error controller
 * back off instead of answering in a different shape.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class ProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemExceptionHandler problemExceptionHandler() {
        return new ProblemExceptionHandler();
    }

    /** {@code network-commons.web.max-request-body-size}: a service that takes bigger bodies raises it. */
    @Bean
    @ConditionalOnMissingBean
    RequestBodyLimitFilter requestBodyLimitFilter(
            @Value("${network-commons.web.max-request-body-size:1MB}") DataSize limit) {
        return new RequestBodyLimitFilter(limit.toBytes());
    }

    @Bean
    @ConditionalOnMissingBean(value = ErrorController.class, search = SearchStrategy.CURRENT)
    ProblemErrorController problemErrorController(ObjectProvider<ErrorAttributes> errorAttributes) {
        return new ProblemErrorController(errorAttributes.getIfAvailable(DefaultErrorAttributes::new));
    }
}
