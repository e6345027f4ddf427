package uk.org.networkcommons.cameoservice.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DimensionKeyTest {

    @Test
    void aNameGivesTheKeyTheSameDimensionHasInEveryWorkshop() {
        assertThat(DimensionKey.of("Leadership across the cluster")).isEqualTo("leadership-across-the-cluster");
        assertThat(DimensionKey.of("  Teaching & learning – Key Stage 2 ")).isEqualTo("teaching-learning-key-stage-2");
        assertThat(DimensionKey.of("Élan vital")).isEqualTo("elan-vital");
        assertThat(DimensionKey.of("leadership-across-the-cluster")).isEqualTo("leadership-across-the-cluster");
        assertThat(DimensionKey.of("!!!")).isEmpty();
        assertThat(DimensionKey.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(DimensionKey.MAX_LENGTH)
                .doesNotEndWith("-");
    }

    @Test
    void onlyLowerCaseWordsJoinedBySingleHyphensAreKeys() {
        assertThat(DimensionKey.isValid("capacity")).isTrue();
        assertThat(DimensionKey.isValid("key-stage-2")).isTrue();
        assertThat(DimensionKey.isValid("Capacity")).isFalse();
        assertThat(DimensionKey.isValid("key--stage")).isFalse();
        assertThat(DimensionKey.isValid("-capacity")).isFalse();
        assertThat(DimensionKey.isValid("")).isFalse();
        assertThat(DimensionKey.isValid(null)).isFalse();
        assertThat(DimensionKey.isValid("a".repeat(DimensionKey.MAX_LENGTH + 1))).isFalse();
    }
}
