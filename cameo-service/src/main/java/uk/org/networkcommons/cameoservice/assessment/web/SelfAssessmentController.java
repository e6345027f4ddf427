package uk.org.networkcommons.cameoservice.assessment.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.assessment.DimensionHistory;
import uk.org.networkcommons.cameoservice.assessment.SelfAssessments;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.platform.security.Viewer;

@RestController
class SelfAssessmentController {

    private final SelfAssessments selfAssessments;

    SelfAssessmentController(SelfAssessments selfAssessments) {
        this.selfAssessments = selfAssessments;
    }

    /**
     * Where the network placed itself at each completed workshop, per dimension, with the gap to its target and the
     * trend since the previous workshop; {@code dimension} (a key or a name) narrows it to one dimension.
     */
    @GetMapping("/api/networks/{networkId}/self-assessments")
    SelfAssessmentView history(Viewer viewer, @PathVariable NetworkId networkId,
            @RequestParam(required = false) @Size(max = 200) String dimension) {
        return new SelfAssessmentView(networkId.value(), selfAssessments.history(viewer, networkId, dimension));
    }

    record SelfAssessmentView(String networkId, List<DimensionHistory> dimensions) {
    }
}
