package io.studysite;

import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage matrix of the services index in Chromium: filtered by category or exam, its columns and the
 * notes covering none of them hide; scrolled both ways, the service names and note titles stay in view.
 */
class ServicesMatrixBrowserIT {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static Path index;

    @BeforeAll
    static void build(@TempDir Path out) {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> services = List.of("Lambda", "DynamoDB", "Amazon SQS", "Amazon SNS", "CloudWatch", "AWS Copilot",
                "Amazon S3", "Amazon EC2", "AWS KMS", "Amazon Kinesis", "Amazon Athena", "AWS Glue", "Amazon ECS", "Amazon EKS",
                "Amazon RDS", "Amazon Aurora", "AWS IAM", "Amazon Cognito", "AWS CloudFormation", "AWS CodeBuild");
        for (int n = 0; n < 60; n++) {
            StringBuilder note = new StringBuilder("# Note " + n + " with a rather long title to fill the row header\n");
            for (int k = 0; k < 3; k++) {
                note.append("## ").append(services.get((n + 7 * k) % services.size())).append("\nText.\n");
            }
            files.put(String.format("Note %02d.md", n), note.toString());
        }
        Path site = out.resolve("site");
        new SiteBuilder().build(BuildOptions.of(TestVault.write(out.resolve("vault"), files), site));
        index = site.resolve("services/index.html");
        browser = session.browser();
    }

    @BeforeEach
    void open() {
        browser.size(900, 700);
        browser.open(index);
    }

    private static long visible(String selector) {
        return (Long) browser.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(e => e.getClientRects().length > 0).length", selector);
    }

    @Test
    void filteringByCategoryOrExamKeepsItsServicesAndTheNotesThatCoverThem() {
        Select filter = new Select(browser.driver().findElement(By.id("matrix-filter")));
        assertThat(browser.driver().findElement(By.cssSelector(".matrix-filter")).isDisplayed()).isTrue();
        long columns = visible(".coverage-matrix thead th[data-category]");
        assertThat(columns).isEqualTo(20);
        assertThat(visible(".coverage-matrix tbody tr")).isEqualTo(60);

        filter.selectByValue("category:Databases");
        assertThat(browser.script("return Array.from(document.querySelectorAll('.coverage-matrix thead th[data-category]'))"
                + ".filter(e => e.getClientRects().length > 0).map(e => e.textContent)"))
                .isEqualTo(List.of("Aurora", "DynamoDB", "RDS"));
        // Every note left covers one of them, every note hidden none.
        assertThat((Boolean) browser.script("return Array.from(document.querySelectorAll('.coverage-matrix tbody tr')).every(r =>"
                + " (r.getClientRects().length > 0) === Array.from(r.cells).some(c => c.className === 'covers' && c.getClientRects().length > 0))")).isTrue();
        long notes = visible(".coverage-matrix tbody tr");
        assertThat(notes).isBetween(1L, 59L);
        assertThat(browser.driver().findElement(By.cssSelector(".matrix-status")).getText()).isEqualTo(notes + " notes × 3 services");

        filter.selectByValue("exam:DVA-C02");
        assertThat(browser.script("return Array.from(document.querySelectorAll('.coverage-matrix thead th[data-category]'))"
                + ".filter(e => e.getClientRects().length > 0).every(e => e.dataset.exams.split(' ').includes('DVA-C02'))")).isEqualTo(true);
        assertThat(visible(".coverage-matrix thead th[data-category]")).isLessThan(20);

        filter.selectByValue("");
        assertThat(visible(".coverage-matrix thead th[data-category]")).isEqualTo(20);
        assertThat(visible(".coverage-matrix tbody tr")).isEqualTo(60);
    }

    @Test
    void theServiceNamesAndNoteTitlesStayInViewWhileTheMatrixScrolls() {
        browser.size(390, 800);
        browser.open(index);
        browser.script("document.querySelector('.matrix-scroll').scrollIntoView()");
        @SuppressWarnings("unchecked")
        Map<String, Object> edges = (Map<String, Object>) browser.script("""
                const box = document.querySelector('.matrix-scroll');
                box.scrollTop = box.scrollHeight; box.scrollLeft = box.scrollWidth;
                const b = box.getBoundingClientRect();
                const head = document.querySelector('.coverage-matrix thead th:nth-child(5)').getBoundingClientRect();
                const last = document.querySelector('.coverage-matrix tbody tr:last-child th').getBoundingClientRect();
                return {scrolledDown: box.scrollTop > 0, scrolledRight: box.scrollLeft > 0,
                        headTop: head.top - b.top, rowLeft: last.left - b.left};""");
        assertThat(edges.get("scrolledDown")).isEqualTo(true);
        assertThat(edges.get("scrolledRight")).isEqualTo(true);
        assertThat(((Number) edges.get("headTop")).doubleValue()).isBetween(-1.0, 2.0);
        assertThat(((Number) edges.get("rowLeft")).doubleValue()).isBetween(-1.0, 2.0);
    }
}
