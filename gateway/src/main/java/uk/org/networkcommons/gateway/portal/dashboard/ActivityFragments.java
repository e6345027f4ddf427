package uk.org.networkcommons.gateway.portal.dashboard;

import java.time.format.DateTimeFormatter;

import org.springframework.web.util.HtmlUtils;
import uk.org.networkcommons.gateway.portal.action.ActionLabels;

/**
 * One activity as an item of the dashboard's activity list: the same HTML on the page and in the live feed, where
 * htmx puts it into the page as it comes. Everything taken from the event is HTML-escaped, so text in an event (an
 * action's title, a comment) can never become markup or script on an officer's page.
 */
public final class ActivityFragments {

    private ActivityFragments() {
    }

    public static String item(Activity activity) {
        return "<li class=\"app-activity__item\"><time datetime=\""
                + HtmlUtils.htmlEscape(DateTimeFormatter.ISO_INSTANT.format(activity.occurredAt())) + "\">"
                + HtmlUtils.htmlEscape(ActionLabels.LABELS.moment(activity.occurredAt())) + "</time> "
                + HtmlUtils.htmlEscape(activity.description()) + "</li>";
    }
}
