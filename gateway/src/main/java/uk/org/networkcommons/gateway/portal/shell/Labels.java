package uk.org.networkcommons.gateway.portal.shell;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Words for the services' enum values, for templates ({@code ${@labels.of(network.type)}}). Values the portal has no
 * wording for are shown as plain words ({@code IN_PROGRESS} as "In progress"), so a value a service adds later still
 * reads sensibly instead of breaking the page.
 */
@Component("labels")
public class Labels {

    private static final Map<String, String> WORDING = Map.ofEntries(
            Map.entry("FOURTEEN_TO_NINETEEN_PARTNERSHIP", "14 to 19 partnership"),
            Map.entry("FOURTEEN_TO_NINETEEN", "14 to 19"),
            Map.entry("EVERY_CHILD_MATTERS_OUTCOMES", "Every Child Matters outcomes"),
            Map.entry("SOFT_FEDERATION_DELEGATED_POWERS", "Soft federation with delegated powers"),
            Map.entry("SOFT_FEDERATION_NO_DELEGATED_POWERS", "Soft federation without delegated powers"),
            Map.entry("CO_LEADER", "Co-leader"),
            Map.entry("COORDINATOR", "Co-ordinator"),
            Map.entry("LA_STORY", "LA story"),
            Map.entry("LA_OFFICER", "LA officer"),
            Map.entry("LOCAL_AUTHORITY", "Local authority"),
            Map.entry("ACHIEVE_ECONOMIC_WELL_BEING", "Achieve economic well-being"),
            Map.entry("SELF_ASSESSMENT_TEMPLATE", "Self-assessment template"),
            Map.entry("ECM_OUTCOME", "Every Child Matters outcome"),
            Map.entry("EMPLOYEE_OWNED_PARTNERSHIP", "Employee-owned partnership"),
            Map.entry("SELF_ORGANISING", "Self-organising"),
            Map.entry("CONSUMER_GOVERNED", "Consumer-governed"),
            Map.entry("TRUST_FEDERATION", "Trust federation"),
            Map.entry("FRANCHISE_BRAND", "Franchise or brand"));

    /** "IN_PROGRESS" as "In progress"; null or blank as an empty string. */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        String name = value instanceof Enum<?> constant ? constant.name() : value.toString().strip();
        if (name.isEmpty()) {
            return "";
        }
        String known = WORDING.get(name);
        if (known != null) {
            return known;
        }
        String words = name.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
