package uk.org.networkcommons.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.platform.outbox.ConcurrentUpdateException;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.ForbiddenException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/** Every way a request can go wrong, one endpoint each. */
@RestController
@RequestMapping("/test/widgets")
class WidgetController {

    private final WidgetRules rules;

    WidgetController(WidgetRules rules) {
        this.rules = rules;
    }

    enum Colour { RED, GREEN, BLUE }

    record Part(@NotBlank String name) {
    }

    record WidgetRequest(@NotBlank @Size(max = 20) String name, @NotNull @Min(1) @Max(10) Integer quantity,
            Colour colour, LaCode laCode, @Valid List<Part> parts) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WidgetRequest create(Viewer viewer, @Valid @RequestBody WidgetRequest widget) {
        return widget;
    }

    @GetMapping("/{number}")
    Map<String, Object> get(@PathVariable int number, @RequestParam(defaultValue = "0") int page) {
        return Map.of("number", number, "page", page);
    }

    @GetMapping("/by-la/{laCode}")
    Map<String, Object> byLa(@PathVariable LaCode laCode) {
        return Map.of("laCode", laCode.value());
    }

    @GetMapping("/by-colour")
    Map<String, Object> byColour(@RequestParam Colour colour) {
        return Map.of("colour", colour);
    }

    @GetMapping("/page")
    Map<String, Object> page(@RequestParam @Min(1) @Max(100) int size) {
        return Map.of("size", size);
    }

    @GetMapping("/checked")
    void checked(@RequestParam String name) {
        rules.check(new Part(name));
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam String q) {
        return Map.of("q", q);
    }

    @PostMapping("/upload")
    Map<String, Object> upload(@RequestPart("file") MultipartFile file) {
        return Map.of("size", file.getSize());
    }

    @GetMapping("/missing")
    void missing() {
        throw new NotFoundException("widget", "w-404");
    }

    @GetMapping("/forbidden")
    void forbidden() {
        throw new ForbiddenException("Only the widget's owner may do this");
    }

    @GetMapping("/conflict")
    void conflict() {
        throw new ConflictException("The widget is already assembled");
    }

    @GetMapping("/invalid")
    void invalid() {
        throw new InvalidRequestException("effectiveFrom", "must not be before the network was formed");
    }

    @GetMapping("/duplicate")
    void duplicate() {
        throw new DuplicateKeyException(
                "E11000 duplicate key error collection: nc.widgets index: name_1 dup key: { name: \"secret\" }");
    }

    @GetMapping("/stale")
    void stale() {
        throw new ConcurrentUpdateException("widget-1", 3, 5L);
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException("mongodb://admin:hunter2@db-host:27017 is unreachable");
    }

    @GetMapping("/gone")
    void gone() {
        throw new RetiredWidgetException();
    }

    @ResponseStatus(value = HttpStatus.GONE, reason = "This widget was retired")
    static class RetiredWidgetException extends RuntimeException {
    }
}
