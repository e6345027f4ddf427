package uk.org.networkcommons.gateway.portal.shell;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's compiled CSS loads its fonts and images from {@code /assets/...}, so that path serves the
 * webjar's {@code dist/govuk/assets}. The version comes from the webjar on the classpath, so upgrading the dependency
 * needs no change here.
 */
@Configuration(proxyBeanMethods = false)
class FrontendAssets implements WebFluxConfigurer {

    static final String WEBJAR = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(WEBJAR);
        if (version == null) {
            throw new IllegalStateException("The " + WEBJAR + " webjar is not on the classpath");
        }
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/" + WEBJAR + "/" + version + "/dist/govuk/assets/")
                // fingerprinted file names (bold-affa96571d-v2.woff2) and a versioned webjar: safe to cache
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
