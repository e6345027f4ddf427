package uk.org.networkcommons.gateway.portal.shell;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void enumValuesReadAsWords() {
        assertThat(labels.of("IN_PROGRESS")).isEqualTo("In progress");
        assertThat(labels.of("SOFT_FEDERATION_DELEGATED_POWERS")).isEqualTo("Soft federation with delegated powers");
        assertThat(labels.of("COORDINATOR")).isEqualTo("Co-ordinator");
    }

    @Test
    void aValueThePortalHasNoWordingForStillReads() {
        assertThat(labels.of("SOMETHING_ADDED_LATER")).isEqualTo("Something added later");
        assertThat(labels.of(null)).isEmpty();
    }
}
