package uk.org.networkcommons.cameoservice.library.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.library.AuthoredItem;
import uk.org.networkcommons.cameoservice.library.CameoKind;
import uk.org.networkcommons.cameoservice.library.ChallengeKey;
import uk.org.networkcommons.cameoservice.library.LibraryCatalogue;
import uk.org.networkcommons.cameoservice.library.LibraryCatalogue.CameoFilter;
import uk.org.networkcommons.cameoservice.library.LibraryCatalogue.SearchFilter;
import uk.org.networkcommons.cameoservice.library.LibraryItemType;
import uk.org.networkcommons.cameoservice.library.Origin;
import uk.org.networkcommons.cameoservice.library.SearchHit;
import uk.org.networkcommons.cameoservice.library.Theme;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.platform.security.Viewer;

/** Cameos (shipped and authored) and the search across the whole library: the lists that grow, so they are paged. */
@RestController
@RequestMapping("/api/library")
class CameoController {

    private final LibraryCatalogue catalogue;

    CameoController(LibraryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Cameos the viewer may see. {@code group} is the theme a case study sits under, {@code kind} CASE_STUDY, LA_STORY
     * or AUTHORED, {@code q} text in the title, summary or questions (ignoring case).
     */
    @GetMapping("/cameos")
    List<CameoView> cameos(Viewer viewer, @RequestParam(required = false) Theme group,
            @RequestParam(required = false) ChallengeKey challenge,
            @RequestParam(required = false) @Size(max = 100) String tag,
            @RequestParam(required = false) EcmOutcome outcome,
            @RequestParam(required = false) CameoKind kind,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return catalogue.cameos(viewer, new CameoFilter(group, challenge, tag, outcome, kind, q, includeRetired, page,
                size)).stream().map(CameoView::of).toList();
    }

    @GetMapping("/cameos/{cameoId}")
    CameoView cameo(Viewer viewer, @PathVariable String cameoId) {
        return CameoView.of(catalogue.cameo(viewer, cameoId));
    }

    /** Items of every kind: {@code q} in their text, {@code tag} among their tags or outcomes, {@code theme} their group. */
    @GetMapping("/search")
    List<SearchHitView> search(Viewer viewer, @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 100) String tag,
            @RequestParam(required = false) Theme theme,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return catalogue.search(viewer, new SearchFilter(q, tag, theme, includeRetired, page, size)).stream()
                .map(SearchHitView::of).toList();
    }

    /** @param href where the whole item is read */
    record SearchHitView(String id, LibraryItemType type, String title, String summary, Origin origin,
            AuthoredItem.Status status, boolean retired, String href) {

        static SearchHitView of(SearchHit hit) {
            return new SearchHitView(hit.id(), hit.type(), hit.title(), hit.summary(), hit.origin(), hit.status(),
                    hit.status() == AuthoredItem.Status.RETIRED, href(hit));
        }

        private static String href(SearchHit hit) {
            return switch (hit.type()) {
                case CHALLENGE -> "/api/library/challenges/" + hit.id();
                case CAMEO -> "/api/library/cameos/" + hit.id();
                case SCENARIO -> "/api/library/scenarios/" + hit.id();
                case CONTINUUM_FORM -> "/api/library/continuum";
                case PARTNERSHIP -> "/api/library/partnership";
                case BENEFIT_AREA -> "/api/library/benefits";
                case SELF_ASSESSMENT_TEMPLATE -> "/api/library/self-assessment-template";
                case ECM_OUTCOME -> "/api/library/outcomes";
                case SOURCE -> "/api/library/sources";
                case QUESTION_SET -> "/api/library/authored/" + hit.id();
            };
        }
    }
}
