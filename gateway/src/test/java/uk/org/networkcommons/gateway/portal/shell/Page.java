package uk.org.networkcommons.gateway.portal.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rendered portal page, read as an HTML document, with the structural checks every page must pass before the
 * browser test runs axe-core on it: one h1, a label for every field, unique ids, error-summary links that lead to a
 * field, and no script the page needs in order to work.
 */
public final class Page {

    private final String html;
    private final Document document;

    private Page(String html) {
        this.html = html;
        this.document = Jsoup.parse(html);
    }

    public static Page of(String html) {
        return new Page(html == null ? "" : html);
    }

    public String html() {
        return html;
    }

    public Document document() {
        return document;
    }

    public String title() {
        return document.title();
    }

    public String h1() {
        return document.select("h1").text();
    }

    /** The visible text of {@code <main>}. */
    public String mainText() {
        return document.select("main").text();
    }

    public Elements select(String cssQuery) {
        return document.select(cssQuery);
    }

    /** The texts of the error summary's entries, in order; empty when the page shows none. */
    public List<String> errorSummary() {
        return document.select(".govuk-error-summary__list li").eachText();
    }

    /** The value an input or textarea holds, or the selected option / checked radio of a select or radio group. */
    public String valueOf(String fieldId) {
        Element field = document.getElementById(fieldId);
        assertThat(field).as("a field with id " + fieldId).isNotNull();
        return switch (field.tagName()) {
            case "textarea" -> field.wholeText();
            case "select" -> field.select("option[selected]").attr("value");
            default -> field.attr("value");
        };
    }

    public boolean isChecked(String fieldId) {
        Element field = document.getElementById(fieldId);
        assertThat(field).as("a field with id " + fieldId).isNotNull();
        return field.hasAttr("checked");
    }

    /** The checks every page must pass; returns this page for more assertions. */
    public Page isAccessiblyStructured() {
        assertThat(document.select("h1")).as("exactly one h1").hasSize(1);
        assertThat(document.select("html").attr("lang")).as("the page's language").isEqualTo("en");
        assertThat(document.title()).as("a page title").isNotBlank();
        assertThat(document.select("main")).as("one main landmark").hasSize(1);
        assertThat(document.select("#main-content > main")).as("the skip link's target, around main").hasSize(1);
        assertHeadingsInOrder();
        assertEveryFieldLabelled();
        assertIdsUnique();
        assertErrorLinksLeadToFields();
        assertNoScriptNeeded();
        return this;
    }

    private void assertHeadingsInOrder() {
        int previous = 0;
        for (Element heading : document.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            if (!heading.parents().select(".govuk-error-summary").isEmpty()) {
                continue; // GOV.UK puts the error summary's h2 above the page's h1, where the eye lands first
            }
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertThat(level).as("heading '%s' follows an h%d", heading.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    private void assertEveryFieldLabelled() {
        for (Element field : document.select("input, select, textarea")) {
            String type = field.attr("type");
            if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            String id = field.id();
            boolean labelled = (!id.isEmpty() && !document.select("label[for=" + id + "]").text().isBlank())
                    || field.hasAttr("aria-label") || field.hasAttr("aria-labelledby");
            assertThat(labelled).as("field %s (name %s) has a label", id, field.attr("name")).isTrue();
            for (String described : field.attr("aria-describedby").split("\\s+")) {
                if (!described.isBlank()) {
                    assertThat(document.getElementById(described)).as("%s describes field %s", described, id).isNotNull();
                }
            }
        }
        for (Element fieldset : document.select("fieldset")) {
            assertThat(fieldset.select("> legend").text()).as("a fieldset's legend").isNotBlank();
        }
    }

    private void assertIdsUnique() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (Element element : document.select("[id]")) {
            if (!seen.add(element.id())) {
                repeated.add(element.id());
            }
        }
        assertThat(repeated).as("ids used twice").isEmpty();
    }

    private void assertErrorLinksLeadToFields() {
        for (Element link : document.select(".govuk-error-summary__list a")) {
            String target = link.attr("href").substring(1);
            assertThat(document.getElementById(target)).as("the field error link %s leads to", link.attr("href")).isNotNull();
        }
        if (!document.select(".govuk-error-summary").isEmpty()) {
            assertThat(document.title()).as("the title of a page showing errors").startsWith("Error: ");
        }
    }

    private void assertNoScriptNeeded() {
        for (Element script : document.select("script")) {
            assertThat(script.data()).as("inline script").isBlank();
            assertThat(script.attr("type")).as("scripts are modules that only enhance").isEqualTo("module");
        }
        for (Element element : document.getAllElements()) {
            element.attributes().forEach(attribute -> assertThat(attribute.getKey())
                    .as("inline event handler on <%s>", element.tagName()).doesNotStartWith("on"));
        }
        for (Element link : document.select("a[href]")) {
            assertThat(link.attr("href")).as("links work without JavaScript").doesNotStartWith("javascript:");
        }
    }
}
