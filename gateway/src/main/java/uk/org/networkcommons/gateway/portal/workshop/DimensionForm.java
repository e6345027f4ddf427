package uk.org.networkcommons.gateway.portal.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.org.networkcommons.gateway.portal.shell.FormErrors;

/**
 * One dimension of the self-assessment as the browser posts it: where we are now and where we want to be, each with a
 * rating, a narrative and evidence lines, and notes. {@code key} is set when an already recorded dimension is
 * changed; a new one gets the key its name gives.
 */
record DimensionForm(String version, String key, String name, String nowRating, String nowNarrative,
        List<String> nowEvidence, String targetRating, String targetNarrative, List<String> targetEvidence,
        String notes) {

    private static final Pattern EVIDENCE_LINE = Pattern.compile("^(now|target)\\.evidence\\[(\\d+)].*");

    static DimensionForm blank(Workshop workshop) {
        return new DimensionForm(String.valueOf(workshop.version()), "", "", "", "", List.of(), "", "", List.of(), "");
    }

    static DimensionForm of(Workshop workshop, Workshop.Dimension dimension) {
        return new DimensionForm(String.valueOf(workshop.version()), dimension.key(), dimension.name(),
                rating(dimension.now()), text(dimension.now().narrative()), dimension.now().evidence(),
                rating(dimension.target()), text(dimension.target().narrative()), dimension.target().evidence(),
                text(dimension.notes()));
    }

    public boolean isChange() {
        return key != null && !key.isBlank();
    }

    /** The key to record under: the existing one when changing, else the one the name gives. */
    String recordKey() {
        return isChange() ? key.strip() : DimensionKeys.of(name);
    }

    /** Evidence boxes to show: what was typed (or recorded), then blank ones up to {@code slots}. */
    List<String> evidenceBoxes(List<String> evidence, int slots) {
        List<String> boxes = new ArrayList<>(evidence == null ? List.of() : evidence);
        while (boxes.size() < slots) {
            boxes.add("");
        }
        return boxes;
    }

    FormErrors check(Workshop workshop) {
        FormErrors errors = FormErrors.none();
        if (name == null || name.isBlank()) {
            errors = errors.with("dimension-name", "Enter a name for the dimension");
        } else if (recordKey().isEmpty()) {
            errors = errors.with("dimension-name", "The name of the dimension must include letters or numbers");
        } else if (!isChange() && workshop.dimension(recordKey()).isPresent()) {
            errors = errors.with("dimension-name", "This workshop already records \"%s\": change it instead"
                    .formatted(workshop.dimension(recordKey()).get().name()));
        }
        if (!ratingIsValid(nowRating)) {
            errors = errors.with("now-rating", "Choose where you are now from the scale");
        }
        if (!ratingIsValid(targetRating)) {
            errors = errors.with("target-rating", "Choose where you want to be from the scale");
        }
        return errors;
    }

    WorkshopRecords.DimensionRecord record() {
        return new WorkshopRecords.DimensionRecord(name.strip(),
                new WorkshopRecords.PositionRecord(rating(nowRating), WorkshopForms.blankToNull(nowNarrative),
                        lines(nowEvidence)),
                new WorkshopRecords.PositionRecord(rating(targetRating), WorkshopForms.blankToNull(targetNarrative),
                        lines(targetEvidence)),
                WorkshopForms.blankToNull(notes));
    }

    /**
     * The form field a service path names: {@code now.rating}, {@code target.narrative}, {@code now.evidence[2]}
     * (the third evidence box, counting only the lines sent, which are the filled boxes in order).
     */
    FormErrors.Field field(String servicePath) {
        Matcher evidence = EVIDENCE_LINE.matcher(servicePath);
        if (evidence.matches()) {
            String section = evidence.group(1);
            int sent = Integer.parseInt(evidence.group(2));
            return new FormErrors.Field(section + "-evidence-" + (boxOfLine(section, sent) + 1), "Evidence for " + title(section));
        }
        return switch (servicePath) {
            case "name", "dimensionKey" -> new FormErrors.Field("dimension-name", "Name of the dimension");
            case "now.rating" -> new FormErrors.Field("now-rating", "Rating for " + title("now"));
            case "target.rating" -> new FormErrors.Field("target-rating", "Rating for " + title("target"));
            case "now.narrative" -> new FormErrors.Field("now-narrative", "Description of " + title("now"));
            case "target.narrative" -> new FormErrors.Field("target-narrative", "Description of " + title("target"));
            case "now.evidence" -> new FormErrors.Field("now-evidence-1", "Evidence for " + title("now"));
            case "target.evidence" -> new FormErrors.Field("target-evidence-1", "Evidence for " + title("target"));
            case "notes" -> new FormErrors.Field("dimension-notes", "Notes");
            default -> null;
        };
    }

    private static String title(String section) {
        return "now".equals(section) ? "where we are now" : "where we want to be";
    }

    private int boxOfLine(String section, int sentLine) {
        List<String> boxes = "now".equals(section) ? nowEvidence : targetEvidence;
        int seen = -1;
        for (int box = 0; boxes != null && box < boxes.size(); box++) {
            if (boxes.get(box) != null && !boxes.get(box).isBlank() && ++seen == sentLine) {
                return box;
            }
        }
        return 0;
    }

    private static boolean ratingIsValid(String rating) {
        return rating == null || rating.isBlank() || rating.strip().matches("\\d{1,2}");
    }

    private static Integer rating(String rating) {
        return rating == null || rating.isBlank() ? null : Integer.valueOf(rating.strip());
    }

    private static String rating(Workshop.Position position) {
        return position == null || position.rating() == null ? "" : String.valueOf(position.rating());
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static List<String> lines(List<String> evidence) {
        // blank boxes are left out, as the service would drop them; repeated lines stay, each is evidence
        return evidence == null ? List.of() : evidence.stream()
                .filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
    }
}
