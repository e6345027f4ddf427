package uk.org.networkcommons.gateway.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bars are drawn to scale of the chart's longest, and a small count never disappears. */
class LaDashboardTest {

    @Test
    void theLongestBarIsFullWidthAndTheOthersToScale() {
        assertThat(LaDashboard.width(8, 8)).isEqualTo(100);
        assertThat(LaDashboard.width(2, 8)).isEqualTo(25);
        assertThat(LaDashboard.width(0, 8)).isZero();
        assertThat(LaDashboard.width(0, 0)).isZero();
    }

    @Test
    void aCountTooSmallToRoundToOnePercentStillShows() {
        assertThat(LaDashboard.width(1, 1000)).isEqualTo(1);
    }

    @Test
    void sharesAreRoundedPercentagesAndNoSchoolsIsNoShare() {
        assertThat(LaDashboard.percent(2, 3)).isEqualTo(67);
        assertThat(LaDashboard.percent(0, 0)).isZero();
    }
}
