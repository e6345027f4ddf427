package uk.org.networkcommons.cameoservice.library.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.library.Challenge;
import uk.org.networkcommons.cameoservice.library.ChallengeKey;
import uk.org.networkcommons.cameoservice.library.LibraryCatalogue;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The shipped material every signed-in user may read. The viewer is asked for so that no one reads it without a valid
 * token; the content does not depend on who reads it. Lists here are fixed by the shipped library, so they are not paged.
 */
@RestController
@RequestMapping("/api/library")
class LibraryController {

    private final LibraryCatalogue catalogue;

    LibraryController(LibraryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/challenges")
    List<ChallengeView> challenges(Viewer viewer) {
        return catalogue.challenges().stream().map(ChallengeView::of).toList();
    }

    @GetMapping("/challenges/{challengeId}")
    ChallengeView challenge(Viewer viewer, @PathVariable String challengeId) {
        return ChallengeView.of(catalogue.challenge(challengeId));
    }

    @GetMapping("/scenarios")
    List<Map<String, Object>> scenarios(Viewer viewer) {
        return catalogue.scenarios();
    }

    @GetMapping("/scenarios/{scenarioId}")
    Map<String, Object> scenario(Viewer viewer, @PathVariable String scenarioId) {
        return catalogue.scenario(scenarioId);
    }

    @GetMapping("/continuum")
    Map<String, Object> continuum(Viewer viewer) {
        return catalogue.continuum();
    }

    @GetMapping("/partnership")
    Map<String, Object> partnership(Viewer viewer) {
        return catalogue.partnership();
    }

    @GetMapping("/benefits")
    Map<String, Object> benefits(Viewer viewer) {
        return catalogue.benefits();
    }

    @GetMapping("/self-assessment-template")
    Map<String, Object> selfAssessmentTemplate(Viewer viewer) {
        return catalogue.selfAssessmentTemplate();
    }

    @GetMapping("/outcomes")
    List<Map<String, Object>> outcomes(Viewer viewer) {
        return catalogue.outcomes();
    }

    @GetMapping("/sources")
    List<Map<String, Object>> sources(Viewer viewer) {
        return catalogue.sources();
    }

    record ChallengeView(String id, ChallengeKey key, String title, String mainQuestion,
            List<FollowUpQuestionView> followUpQuestions, String sourceId) {

        static ChallengeView of(Challenge challenge) {
            return new ChallengeView(challenge.id(), challenge.key(), challenge.title(), challenge.mainQuestion(),
                    challenge.followUpQuestions().stream().map(question -> new FollowUpQuestionView(question.id(),
                            question.text(), question.laStories().stream().map(CameoView::of).toList())).toList(),
                    challenge.sourceId());
        }
    }

    record FollowUpQuestionView(String id, String text, List<CameoView> laStories) {
    }
}
