package uk.org.networkcommons.cameoservice.library.web;

import java.util.List;
import uk.org.networkcommons.cameoservice.library.AuthoredItem;
import uk.org.networkcommons.cameoservice.library.Cameo;
import uk.org.networkcommons.cameoservice.library.CameoKind;
import uk.org.networkcommons.cameoservice.library.ChallengeKey;
import uk.org.networkcommons.cameoservice.library.Origin;
import uk.org.networkcommons.cameoservice.library.Question;
import uk.org.networkcommons.cameoservice.library.Theme;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.library.Sharing;

/** A cameo as clients see it, shipped or authored; the authoring fields are null for shipped cameos. */
record CameoView(String id, Origin origin, CameoKind kind, String title, String summary, Theme theme,
        ChallengeKey challenge, String followUpQuestionId, String localAuthority, List<String> tags,
        List<EcmOutcome> outcomes, List<Question> questions, String questionsOrigin, String sourceId,
        AuthoredItem.Status status, Sharing sharing, String authorId, String authorLaCode, boolean retired,
        Long version) {

    static CameoView of(Cameo cameo) {
        Cameo.Authorship authorship = cameo.authorship();
        return new CameoView(cameo.id(), cameo.origin(), cameo.kind(), cameo.title(), cameo.summary(), cameo.theme(),
                cameo.challenge(), cameo.followUpQuestionId(), cameo.localAuthority(), cameo.tags(), cameo.outcomes(),
                cameo.questions(), cameo.questionsOrigin(), cameo.sourceId(),
                authorship == null ? null : authorship.status(), authorship == null ? null : authorship.sharing(),
                authorship == null ? null : authorship.authorId().value(),
                authorship == null ? null : authorship.authorLaCode().value(),
                authorship != null && authorship.status() == AuthoredItem.Status.RETIRED,
                authorship == null ? null : authorship.version());
    }
}
