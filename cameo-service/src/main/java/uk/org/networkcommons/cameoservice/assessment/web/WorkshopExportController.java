package uk.org.networkcommons.cameoservice.assessment.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.assessment.WorkshopExport;
import uk.org.networkcommons.cameoservice.assessment.WorkshopExports;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * A workshop's record as a file. The format is in the address, so the content type is set here rather than
 * negotiated: a browser link accepting anything and an API client asking for JSON get the same file.
 */
@RestController
class WorkshopExportController {

    static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final WorkshopExports exports;

    WorkshopExportController(WorkshopExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/workshops/{workshopId}/export.json")
    ResponseEntity<WorkshopExport> json(Viewer viewer, @PathVariable WorkshopId workshopId) {
        WorkshopExport export = exports.json(viewer, workshopId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(workshopId, "json")).body(export);
    }

    /** One row per evidence line of each dimension; see {@link uk.org.networkcommons.cameoservice.assessment.WorkshopCsv}. */
    @GetMapping("/api/workshops/{workshopId}/export.csv")
    ResponseEntity<byte[]> csv(Viewer viewer, @PathVariable WorkshopId workshopId) {
        byte[] csv = exports.csv(viewer, workshopId).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(TEXT_CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(workshopId, "csv")).body(csv);
    }

    private static String attachment(WorkshopId workshopId, String extension) {
        return ContentDisposition.attachment().filename("workshop-%s.%s".formatted(workshopId, extension)).build()
                .toString();
    }
}
