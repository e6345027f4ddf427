package uk.org.networkcommons.cameoservice.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workshop's own copy of the scale and evidence slots must be the library template's. */
class RatingScaleTest {

    @Test
    void theScaleAndEvidenceSlotsAreTheSelfAssessmentTemplates() throws Exception {
        JsonNode template;
        try (InputStream in = new ClassPathResource("library/v1/self-assessment-template.json").getInputStream()) {
            template = JsonMapper.builder().build().readTree(in);
        }
        List<Integer> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        template.path("ratingScale").forEach(level -> {
            values.add(level.path("value").asInt());
            labels.add(level.path("label").asString());
        });

        assertThat(values).containsExactly(1, 2, 3, 4);
        assertThat(RatingScale.MIN).isEqualTo(values.getFirst());
        assertThat(RatingScale.MAX).isEqualTo(values.getLast());
        assertThat(RatingScale.labels()).isEqualTo(labels);
        template.path("sections").forEach(section -> {
            assertThat(section.path("rated").asBoolean()).isTrue();
            assertThat(section.path("evidenceSlots").asInt()).isEqualTo(Position.EVIDENCE_SLOTS);
        });
        assertThat(template.path("sections").findValuesAsString("key"))
                .containsExactly("WHERE_WE_ARE_NOW", "WHERE_WE_WANT_TO_BE");
    }

    @Test
    void labelsEachRatingAndNothingElse() {
        assertThat(RatingScale.label(1)).isEqualTo("Not yet started");
        assertThat(RatingScale.label(4)).isEqualTo("Embedded");
        assertThat(RatingScale.label(null)).isNull();
        assertThat(RatingScale.label(5)).isNull();
        assertThat(RatingScale.isOnScale(0)).isFalse();
        assertThat(RatingScale.isOnScale(null)).isTrue();
    }
}
