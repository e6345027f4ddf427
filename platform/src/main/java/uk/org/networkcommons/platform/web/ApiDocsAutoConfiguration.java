package uk.org.networkcommons.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * OpenAPI documents of every service: the {@link Viewer} comes from the token, not from the request, so it is hidden
 * from the parameters; every operation needs a bearer token from Keycloak.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
public class ApiDocsAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI networkCommonsOpenApi(@Value("${spring.application.name:network-commons}") String name) {
        return new OpenAPI()
                .info(new io.swagger.v3.oas.models.info.Info().title("Network Commons: " + name).version("v1"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
