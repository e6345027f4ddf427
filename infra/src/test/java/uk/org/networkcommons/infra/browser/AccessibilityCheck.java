package uk.org.networkcommons.infra.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run inside the page the browser shows, with the WCAG 2.x A and AA rules the GOV.UK Design System is built
 * to. Violations of serious or critical impact fail the journey; every finding (of any impact) is written to
 * {@code target/axe/} so minor ones can be read and fixed too.
 */
final class AccessibilityCheck {

    static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Path reportDirectory;
    private final List<String> pagesChecked = new ArrayList<>();

    AccessibilityCheck(Path reportDirectory) {
        this.reportDirectory = reportDirectory;
    }

    /** Blocking violations on the page the browser shows now, each as "rule (impact): help — nodes". */
    List<String> blockingViolations(WebDriver driver, String pageName) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        pagesChecked.add(pageName);
        List<String> blocking = new ArrayList<>();
        StringBuilder report = new StringBuilder(driver.getCurrentUrl()).append('\n');
        for (Rule violation : results.getViolations()) {
            String line = violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " - "
                    + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
            report.append(line).append('\n');
            if (BLOCKING_IMPACTS.contains(violation.getImpact())) {
                blocking.add(pageName + ": " + line);
            }
        }
        write(pageName, report.toString());
        return blocking;
    }

    List<String> pagesChecked() {
        return List.copyOf(pagesChecked);
    }

    private void write(String pageName, String report) {
        try {
            Files.createDirectories(reportDirectory);
            Files.writeString(reportDirectory.resolve(pageName + ".txt"), report);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the accessibility report of " + pageName, e);
        }
    }
}
