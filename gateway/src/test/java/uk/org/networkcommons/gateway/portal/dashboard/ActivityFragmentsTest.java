package uk.org.networkcommons.gateway.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An activity's text is escaped wherever it comes from, so it is shown as written and never runs. */
class ActivityFragmentsTest {

    @Test
    void markupInAnEventIsShownAsTextNotRun() {
        String html = ActivityFragments.item(new Activity("evt-1\"><script>", Instant.parse("2026-06-01T12:00:00Z"),
                "</li><script>alert(document.cookie)</script><li>"));

        Element item = Jsoup.parseBodyFragment("<ul>" + html + "</ul>").selectFirst("ul");
        assertThat(item.children()).hasSize(1);
        assertThat(item.select("script")).isEmpty();
        assertThat(item.child(0).ownText()).isEqualTo("</li><script>alert(document.cookie)</script><li>");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void theTimeIsMachineReadableAndWrittenAsInTheUk() {
        String html = ActivityFragments.item(new Activity("evt-2", Instant.parse("2026-06-01T12:00:00Z"),
                "Workshop held"));

        Element time = Jsoup.parseBodyFragment(html).selectFirst("time");
        assertThat(time.attr("datetime")).isEqualTo("2026-06-01T12:00:00Z");
        assertThat(time.text()).as("British Summer Time").isEqualTo("1 June 2026, 1:00pm");
    }
}
