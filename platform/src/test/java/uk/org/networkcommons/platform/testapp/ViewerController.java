package uk.org.networkcommons.platform.testapp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.platform.security.CurrentViewer;
import uk.org.networkcommons.platform.security.Viewer;

/** Echoes the Viewer so tests can see what the platform built from the token. */
@RestController
@RequestMapping("/test")
class ViewerController {

    @GetMapping("/me")
    Map<String, Object> me(Viewer viewer) {
        return describe(viewer);
    }

    /** The same Viewer, obtained the way non-controller code does. */
    @GetMapping("/me/current")
    Map<String, Object> current() {
        return describe(CurrentViewer.get());
    }

    /** Open to anonymous callers, yet asks for a Viewer: a mistake a service can make. */
    @GetMapping("/public/me")
    Map<String, Object> publicMe(Viewer viewer) {
        return describe(viewer);
    }

    @GetMapping("/admin/ping")
    Map<String, Object> adminPing(Viewer viewer) {
        return Map.of("admin", viewer.userId().value());
    }

    private static Map<String, Object> describe(Viewer viewer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", viewer.userId().value());
        body.put("displayName", viewer.displayName());
        body.put("organisationId", viewer.organisationId() == null ? null : viewer.organisationId().value());
        body.put("laCode", viewer.laCode() == null ? null : viewer.laCode().value());
        body.put("roles", viewer.roles().stream().map(Viewer.Role::claimValue).sorted().toList());
        return body;
    }
}
