package uk.org.networkcommons.gateway.portal.library;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.shell.FormErrors;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;

/** The library pages: browse and search, one page per challenge, cameo and scenario, and the sources page. */
@Controller
class LibraryController {

    /** The service's own limit on search text; longer text is refused here with the same rule. */
    static final int MAX_SEARCH_LENGTH = 200;

    private final LibraryShelf shelf;

    LibraryController(LibraryShelf shelf) {
        this.shelf = shelf;
    }

    @GetMapping("/library")
    Mono<String> library(ServerWebExchange exchange, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") String page, Model model) {
        int pageNumber = pageNumber(page);
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("page", pageNumber);
        model.addAttribute("errors", FormErrors.none());
        if (text.isEmpty()) {
            return Mono.zip(shelf.challenges(exchange), shelf.scenarios(exchange),
                            shelf.cameos(exchange, pageNumber, LibraryShelf.PAGE_SIZE))
                    .map(lists -> {
                        model.addAttribute("challenges", lists.getT1());
                        model.addAttribute("scenarios", lists.getT2());
                        model.addAttribute("cameos", lists.getT3());
                        model.addAttribute("hasNextPage", lists.getT3().size() == LibraryShelf.PAGE_SIZE);
                        return "library/index";
                    });
        }
        if (text.length() > MAX_SEARCH_LENGTH) {
            return searchRefused(model, FormErrors.none()
                    .with("q", "Search text must be " + MAX_SEARCH_LENGTH + " characters or fewer"));
        }
        return shelf.search(exchange, text, pageNumber, LibraryShelf.PAGE_SIZE)
                .map(hits -> {
                    model.addAttribute("hits", hits);
                    model.addAttribute("firstResult", pageNumber * LibraryShelf.PAGE_SIZE + 1);
                    model.addAttribute("hasNextPage", hits.size() == LibraryShelf.PAGE_SIZE);
                    return "library/search";
                })
                .onErrorResume(ServiceProblem.class, problem -> problem.isAboutTheForm()
                        ? searchRefused(model, FormErrors.of(problem, field -> new FormErrors.Field("q", "Search text")))
                        : Mono.error(problem));
    }

    @GetMapping("/library/challenges/{id}")
    Mono<String> challenge(ServerWebExchange exchange, @PathVariable String id, Model model) {
        return shelf.challenge(exchange, id).map(challenge -> {
            model.addAttribute("challenge", challenge);
            return "library/challenge";
        });
    }

    @GetMapping("/library/cameos/{id}")
    Mono<String> cameo(ServerWebExchange exchange, @PathVariable String id, Model model) {
        return shelf.cameo(exchange, id).map(cameo -> {
            model.addAttribute("cameo", cameo);
            return "library/cameo";
        });
    }

    @GetMapping("/library/scenarios/{id}")
    Mono<String> scenario(ServerWebExchange exchange, @PathVariable String id, Model model) {
        return shelf.scenario(exchange, id).map(scenario -> {
            model.addAttribute("scenario", scenario);
            return "library/scenario";
        });
    }

    @GetMapping("/library/sources")
    Mono<String> sources(ServerWebExchange exchange, Model model) {
        return shelf.sources(exchange).map(sources -> {
            model.addAttribute("sources", sources);
            return "library/sources";
        });
    }

    private static Mono<String> searchRefused(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("hits", List.of());
        model.addAttribute("firstResult", 1);
        model.addAttribute("hasNextPage", false);
        return Mono.just("library/search");
    }

    /** A page number from the address; anything that is not one is the first page rather than an error. */
    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), 10_000));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
