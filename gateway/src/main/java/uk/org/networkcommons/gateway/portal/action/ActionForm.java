package uk.org.networkcommons.gateway.portal.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * The four forms of an action's page, each posted on its own: what it sends to action-tracker, which of its fields
 * each of the service's field names means, and the checks the portal makes before sending. Status and progress carry
 * the version the page showed, sent as If-Match so a change made meanwhile by someone else is never overwritten; a
 * comment or a new partner overwrites nothing, so they go without.
 */
enum ActionForm {

    STATUS("status", "The status was changed.", true, List.of(
            new Field("status", "status", "Status"),
            new Field("reason", "status-reason", "Reason"),
            new Field("progress", "status-progress", "Progress"),
            new Field("comment", "status-comment", "Comment"))),
    PROGRESS("progress", "Progress was recorded.", true, List.of(
            new Field("progress", "progress", "Progress"),
            new Field("comment", "progress-comment", "Comment"))),
    COMMENT("comments", "Your comment was added.", false, List.of(
            new Field("comment", "comment", "Comment"),
            new Field("evidenceLink", "comment-evidence-link", "Link to evidence"))),
    PARTY("parties", "The organisation was added as a partner.", false, List.of(
            new Field("organisationId", "party-organisation", "Organisation")));

    /** Where the form's errors point when they are about the form as a whole, e.g. a stale version. */
    static final String CURRENT_STATE = "current-state";
    static final String VERSION = "version";

    /**
     * @param name  the name of the form parameter and of the field in action-tracker's request body
     * @param id    the id of the input on the page, unique across the page's forms
     * @param label how the page names it
     */
    record Field(String name, String id, String label) {
    }

    /** What the person sent with one form: values by parameter name, and the version the page showed. */
    record Submitted(ActionForm form, Map<String, String> values, String version) {

        String value(String name) {
            return values.getOrDefault(name, "");
        }

        /** The values by input id, to put back in the form when it is shown again. */
        Map<String, String> byFieldId() {
            Map<String, String> byId = new LinkedHashMap<>();
            form.fields.forEach(field -> byId.put(field.id(), value(field.name())));
            return byId;
        }
    }

    private final String path;
    private final String done;
    private final boolean conditional;
    private final List<Field> fields;

    ActionForm(String path, String done, boolean conditional, List<Field> fields) {
        this.path = path;
        this.done = done;
        this.conditional = conditional;
        this.fields = fields;
    }

    /** The path segment under {@code /api/actions/{id}/} (and under the page's {@code /actions/{id}/}). */
    String path() {
        return path;
    }

    /** What the page says after the change went through. */
    String done() {
        return done;
    }

    static ActionForm byPath(String path) {
        for (ActionForm form : values()) {
            if (form.path.equals(path)) {
                return form;
            }
        }
        return null;
    }

    Submitted read(MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = form.getFirst(field.name());
            values.put(field.name(), value == null ? "" : value.strip());
        }
        String version = form.getFirst(VERSION);
        return new Submitted(this, values, version == null ? "" : version.strip());
    }

    /** What the portal can tell without asking the service; the service checks the rest. */
    ActionErrors check(Submitted submitted) {
        ActionErrors errors = ActionErrors.none();
        if (conditional && !submitted.version().matches("\\d{1,18}")) {
            errors = errors.with(CURRENT_STATE, "This page is out of date. Reload it, then make your change again.");
        }
        switch (this) {
            case STATUS -> {
                // the radios offer only statuses: anything else did not come from the page
                if (!ActionLabels.LABELS.statuses().contains(submitted.value("status"))) {
                    errors = errors.with("status", "Select the action's new status");
                }
                if (!submitted.value("progress").isEmpty() && progress(submitted.value("progress")) == null) {
                    errors = errors.with("status-progress", "Progress must be a whole number from 0 to 100");
                }
            }
            case PROGRESS -> {
                if (submitted.value("progress").isEmpty()) {
                    errors = errors.with("progress", "Enter the progress, a whole number from 0 to 100");
                } else if (progress(submitted.value("progress")) == null) {
                    errors = errors.with("progress", "Progress must be a whole number from 0 to 100");
                }
            }
            case COMMENT -> {
                if (submitted.value("comment").isEmpty()) {
                    errors = errors.with("comment", "Enter a comment");
                }
            }
            case PARTY -> {
                if (submitted.value("organisationId").isEmpty()) {
                    errors = errors.with("party-organisation", "Select an organisation");
                }
            }
        }
        return errors;
    }

    /** The JSON body action-tracker expects; empty optional fields are left out. */
    Map<String, Object> body(Submitted submitted) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = submitted.value(field.name());
            if (!value.isEmpty()) {
                body.put(field.name(), "progress".equals(field.name()) ? progress(value) : value);
            }
        }
        return body;
    }

    /** The If-Match header: the version the page showed, as the ETag action-tracker gave it; null if none is sent. */
    String ifMatch(Submitted submitted) {
        return conditional ? "\"" + submitted.version() + "\"" : null;
    }

    boolean conditional() {
        return conditional;
    }

    /** The field a service's field name is about, or null when the form has no such field. */
    Field field(String serviceField) {
        return fields.stream().filter(field -> field.name().equals(serviceField)).findFirst().orElse(null);
    }

    private static Integer progress(String value) {
        if (!value.matches("\\d{1,3}")) {
            return null;
        }
        int progress = Integer.parseInt(value);
        return progress <= 100 ? progress : null;
    }
}
