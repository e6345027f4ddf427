package uk.org.networkcommons.gateway.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The gateway's endpoints as the running application has them, not as a list in a test: the handler methods of every
 * request-mapping handler mapping (the portal's controllers, springdoc's, the actuator's), the functional routes, the
 * configured gateway routes with their path patterns, and the forms the templates post ({@code th:action}), among
 * which are forms no handler method answers (sign-out, answered by the security filter chain).
 */
final class WriteEndpoints {

    static final Set<RequestMethod> WRITES = EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    private static final Pattern TH_ACTION = Pattern.compile("th:action=\"@\\{([^\"(]*?)(?:\\([^\"]*\\))?}\"");

    /** A handler method: its patterns, the methods it answers (all of them when it names none), what it produces. */
    record HandlerEndpoint(String handler, List<PathPattern> patterns, Set<RequestMethod> methods,
            Set<MediaType> produces) {

        boolean writes() {
            return methods.isEmpty() || methods.stream().anyMatch(WRITES::contains);
        }

        boolean reads() {
            return methods.isEmpty() || methods.contains(RequestMethod.GET);
        }

        boolean matches(String path) {
            PathContainer container = PathContainer.parsePath(path);
            return patterns.stream().anyMatch(pattern -> pattern.matches(container));
        }

        @Override
        public String toString() {
            return (methods.isEmpty() ? "ANY" : new TreeSet<>(methods)) + " " + patterns;
        }
    }

    /** A configured gateway route: its id, the service it leads to and the path patterns it matches. */
    record RouteEndpoint(String id, String service, List<String> pathPatterns) {

        boolean matches(String path) {
            PathContainer container = PathContainer.parsePath(path);
            return pathPatterns.stream().map(PathPatternParser.defaultInstance::parse)
                    .anyMatch(pattern -> pattern.matches(container));
        }
    }

    private WriteEndpoints() {
    }

    static List<HandlerEndpoint> handlerMethods(ApplicationContext context) {
        List<HandlerEndpoint> endpoints = new ArrayList<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> endpoints.add(
                        new HandlerEndpoint(method.toString(),
                                List.copyOf(info.getPatternsCondition().getPatterns()),
                                Set.copyOf(info.getMethodsCondition().getMethods()),
                                Set.copyOf(info.getProducesCondition().getProducibleMediaTypes())))));
        endpoints.sort(Comparator.comparing(HandlerEndpoint::toString));
        return endpoints;
    }

    /**
     * Every route the route locator has, with the path patterns its definition gives; a route matched by anything
     * but paths (host, header, query...) is one the fuzzer cannot address, and is returned without patterns.
     */
    static List<RouteEndpoint> routes(ApplicationContext context) {
        Map<String, RouteDefinition> definitions = new HashMap<>();
        context.getBean(RouteDefinitionLocator.class).getRouteDefinitions()
                .doOnNext(definition -> definitions.put(definition.getId(), definition)).blockLast();
        List<Route> routes = context.getBean(RouteLocator.class).getRoutes().collectList().block();
        List<RouteEndpoint> endpoints = new ArrayList<>();
        for (Route route : routes == null ? List.<Route>of() : routes) {
            RouteDefinition definition = definitions.get(route.getId());
            List<String> patterns = new ArrayList<>();
            boolean onlyPaths = definition != null && !definition.getPredicates().isEmpty();
            if (definition != null) {
                for (PredicateDefinition predicate : definition.getPredicates()) {
                    if (predicate.getName().equals("Path")) {
                        predicate.getArgs().entrySet().stream()
                                .filter(argument -> !argument.getKey().equals("matchTrailingSlash"))
                                .map(Map.Entry::getValue).forEach(patterns::add);
                    } else {
                        onlyPaths = false;
                    }
                }
            }
            endpoints.add(new RouteEndpoint(route.getId(), String.valueOf(route.getMetadata().get("service")),
                    onlyPaths ? List.copyOf(patterns) : List.of()));
        }
        endpoints.sort(Comparator.comparing(RouteEndpoint::id));
        return endpoints;
    }

    /** Functional routes ({@code RouterFunction}s) that take a write: the fuzzer has no way to fill them in. */
    static List<String> functionalWriteRoutes(ApplicationContext context) {
        List<String> writes = new ArrayList<>();
        for (RouterFunctionMapping mapping : context.getBeansOfType(RouterFunctionMapping.class).values()) {
            RouterFunction<?> function = mapping.getRouterFunction();
            if (function == null) {
                continue;
            }
            function.accept(new RouterFunctions.Visitor() {
                @Override
                public void startNested(RequestPredicate predicate) {
                }

                @Override
                public void endNested(RequestPredicate predicate) {
                }

                @Override
                public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
                    Set<HttpMethod> methods = new HashSet<>();
                    predicate.accept(new MethodsOf(methods));
                    if (methods.isEmpty() || methods.stream().anyMatch(method -> WRITES.contains(
                            RequestMethod.resolve(method)))) {
                        writes.add(predicate.toString());
                    }
                }

                @Override
                public void resources(Function<ServerRequest, Mono<Resource>> lookupFunction) {
                }

                @Override
                public void attributes(Map<String, Object> attributes) {
                }

                @Override
                public void unknown(RouterFunction<?> routerFunction) {
                    writes.add("a router function that cannot be read: " + routerFunction);
                }
            });
        }
        return writes;
    }

    /** The paths of every {@code th:action} in the portal's templates, variables left as {@code {name}}. */
    static List<String> templateFormTargets() {
        List<String> targets = new ArrayList<>();
        try {
            for (Resource template : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:templates/**/*.html")) {
                Matcher action = TH_ACTION.matcher(template.getContentAsString(StandardCharsets.UTF_8));
                while (action.find()) {
                    targets.add(action.group(1) + "  (" + template.getFilename() + ")");
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return targets;
    }

    /** The methods a request predicate accepts; empty when it accepts any. */
    private record MethodsOf(Set<HttpMethod> methods) implements RequestPredicates.Visitor {

        @Override
        public void method(Set<HttpMethod> accepted) {
            methods.addAll(accepted);
        }

        @Override
        public void path(String pattern) {
        }

        @Override
        public void pathExtension(String extension) {
        }

        @Override
        public void header(String name, String value) {
        }

        @Override
        public void queryParam(String name, String value) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void startAnd() {
        }

        @Override
        public void and() {
        }

        @Override
        public void endAnd() {
        }

        @Override
        public void startOr() {
        }

        @Override
        public void or() {
        }

        @Override
        public void endOr() {
        }

        @Override
        public void startNegate() {
        }

        @Override
        public void endNegate() {
        }

        @Override
        public void unknown(RequestPredicate predicate) {
        }
    }
}
