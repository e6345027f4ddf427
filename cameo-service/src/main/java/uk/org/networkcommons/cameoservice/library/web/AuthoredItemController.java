package uk.org.networkcommons.cameoservice.library.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.library.AuthoredContent;
import uk.org.networkcommons.cameoservice.library.AuthoredItem;
import uk.org.networkcommons.cameoservice.library.AuthoredItems;
import uk.org.networkcommons.cameoservice.library.ChallengeKey;
import uk.org.networkcommons.cameoservice.library.Question;
import uk.org.networkcommons.cameoservice.library.Theme;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.library.AuthoredItemKind;
import uk.org.networkcommons.events.library.Sharing;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.web.Versions;

/** Cameos and question sets written by LA officers and co-ordinators: drafting, revising, publishing and retiring them. */
@RestController
@RequestMapping("/api/library/authored")
class AuthoredItemController {

    private final AuthoredItems items;

    AuthoredItemController(AuthoredItems items) {
        this.items = items;
    }

    @PostMapping
    ResponseEntity<AuthoredItemView> draft(Viewer viewer, @Valid @RequestBody AuthoredItemRequest request) {
        AuthoredItem item = items.draft(viewer, request.content());
        return ResponseEntity.created(URI.create("/api/library/authored/" + item.id()))
                .eTag(Versions.etag(item.version())).body(AuthoredItemView.of(item));
    }

    /** Authored items the viewer may see, their own drafts and their LA's included. */
    @GetMapping
    List<AuthoredItemView> list(Viewer viewer, @RequestParam(required = false) AuthoredItemKind kind,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return items.list(viewer, kind, includeRetired, page, size).stream().map(AuthoredItemView::of).toList();
    }

    @GetMapping("/{itemId}")
    ResponseEntity<AuthoredItemView> get(Viewer viewer, @PathVariable String itemId) {
        AuthoredItem item = items.get(viewer, itemId);
        return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(AuthoredItemView.of(item));
    }

    @PutMapping("/{itemId}")
    ResponseEntity<AuthoredItemView> revise(Viewer viewer, @PathVariable String itemId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AuthoredItemRequest request) {
        AuthoredItem item = items.revise(viewer, itemId, Versions.fromIfMatch(ifMatch), request.content());
        return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(AuthoredItemView.of(item));
    }

    @PostMapping("/{itemId}/publication")
    ResponseEntity<AuthoredItemView> publish(Viewer viewer, @PathVariable String itemId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AuthoredItem item = items.publish(viewer, itemId, Versions.fromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(AuthoredItemView.of(item));
    }

    @PostMapping("/{itemId}/retirement")
    ResponseEntity<AuthoredItemView> retire(Viewer viewer, @PathVariable String itemId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AuthoredItem item = items.retire(viewer, itemId, Versions.fromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(AuthoredItemView.of(item));
    }

    /**
     * The whole item, sent to create it and again to change it.
     *
     * @param questions a question keeps its id when sent back with it; one without an id is new
     * @param tags      free theme tags in kebab-case; the Every Child Matters outcomes go in {@code outcomes}
     * @param sharing   who may read it once published: LA (the author's LA) or EVERYONE signed in
     */
    record AuthoredItemRequest(@NotNull AuthoredItemKind kind, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String summary,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid QuestionRequest> questions,
            @Size(max = 30) List<@NotNull @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be kebab-case, e.g. transition-support") String> tags,
            Set<@NotNull EcmOutcome> outcomes, ChallengeKey challenge, Theme theme, @NotNull Sharing sharing) {

        AuthoredContent content() {
            return new AuthoredContent(kind, title, summary, questions.stream()
                    .map(question -> new AuthoredContent.QuestionText(question.id(), question.text())).toList(),
                    tags, outcomes, challenge, theme, sharing);
        }
    }

    record QuestionRequest(@Size(max = 200) String id, @NotBlank @Size(max = 1000) String text) {
    }

    record AuthoredItemView(String id, AuthoredItemKind kind, AuthoredItem.Status status, String title, String summary,
            List<Question> questions, List<String> tags, List<EcmOutcome> outcomes, ChallengeKey challenge, Theme theme,
            Sharing sharing, String authorId, String authorLaCode, boolean retired, Instant createdAt,
            Instant updatedAt, Instant publishedAt, Instant retiredAt, long version) {

        static AuthoredItemView of(AuthoredItem item) {
            return new AuthoredItemView(item.id(), item.kind(), item.status(), item.title(), item.summary(),
                    item.questions(), item.tags(), item.outcomes(), item.challenge(), item.theme(), item.sharing(),
                    item.authorId().value(), item.authorLaCode().value(), item.status() == AuthoredItem.Status.RETIRED,
                    item.createdAt(), item.updatedAt(), item.publishedAt(), item.retiredAt(), item.version());
        }
    }
}
