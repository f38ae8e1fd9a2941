package io.studysite;

import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box and the search page of the sample site, opened from disk as a reader would:
 * results as you type, keyboard use, the search page with filters and a shareable address,
 * "did you mean", and note text that stays text. Screenshots land in target/screenshots/search.
 */
class SearchUiBrowserIT {
    static Path site;
    static Path hostile;
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static final Path SHOTS = Path.of("target", "screenshots", "search");

    @BeforeAll
    static void build(@TempDir Path out) {
        site = out.resolve("site");
        assertThat(new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), site)).outcome())
                .isEqualTo(BuildResult.Outcome.OK);
        Path vault = TestVault.write(out.resolve("hostile"),
                "Tricks.md", "# Markup in notes\nThe text `<img src=x onerror=\"window.pwned=1\">` and <b>bold</b> zebrafish markup.\n",
                "Menu.md", "# Menu\nThe café serves crème brûlée.\n");
        hostile = out.resolve("hostile-site");
        new SiteBuilder().build(BuildOptions.of(vault, hostile));
        browser = session.browser();
        browser.size(1280, 900);
    }


    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    private static WebElement box() {
        return browser.driver().findElement(By.id("site-search-input"));
    }

    /** "Note › Heading › …" of each option; the note's title is said to screen readers, shown once above its sections. */
    private static List<String> places() {
        return browser.driver().findElements(By.cssSelector("#site-search-results [role=option] .search-hit-place"))
                .stream().map(e -> e.getAttribute("textContent")).toList();
    }

    private static List<String> noteTitles(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(e -> e.findElement(By.cssSelector(".search-note-title")).getText().replaceAll("\\s*\\d+ of \\d+ matching sections$", ""))
                .toList();
    }

    private static void type(String text) {
        box().clear();
        box().sendKeys(text);
        // The popup says which query it shows: wait for this one, not the last.
        waiting().until(d -> d.findElement(By.id("site-search-results")).isDisplayed()
                && text.equals(d.findElement(By.id("site-search-results")).getAttribute("data-query")));
    }

    /** Both sample notes have a section with this heading among the results shown. */
    private static void assertBothNotesHaveASectionOn(String heading) {
        List<String> places = places();
        assertThat(places).anyMatch(p -> p.startsWith("aws certified Developper notes") && p.contains(heading));
        assertThat(places).anyMatch(p -> p.startsWith("AWS Developer Associate") && p.contains(heading));
    }

    @Test
    void typingDynamoListsTheDynamoDbSectionsOfBothNotes() {
        browser.open(site.resolve("index.html"));
        type("dynamo");
        assertBothNotesHaveASectionOn("DynamoDB");
        assertThat(browser.driver().findElements(By.cssSelector("#site-search-results mark")))
                .extracting(WebElement::getText).allMatch(m -> m.toLowerCase().startsWith("dynamo"));
        assertThat(box().getAttribute("aria-expanded")).isEqualTo("true");
        browser.screenshot(SHOTS.resolve("popup-light-1280.png"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whileTypingTextsLoadOnlyForTheQueryTypingSettlesOn() throws Exception {
        browser.open(site.resolve("index.html"));
        // Selenium's keys may come slower than the 160 ms pause that counts as settled on a busy machine:
        // wait longer, so only the last query settles.
        browser.script("window.studysiteSearchSettleMs = 3000;");
        box().clear();
        for (char c : "lambda".toCharArray()) {
            box().sendKeys(String.valueOf(c));
            Thread.sleep(90);  // slower than the box's 40 ms debounce: every prefix is ranked
        }
        waiting().until(d -> "lambda".equals(d.findElement(By.id("site-search-results")).getAttribute("data-query")));
        List<Number> shown = (List<Number>) browser.driver().executeAsyncScript("var done = arguments[0];"
                + "studysiteSearch.search('lambda', {typing: true, respell: true}).then(function (r) {"
                + "  var ids = []; r.notes.slice(0, 6).forEach(function (g) { g.hits.forEach(function (h) { ids.push(h.doc); }); });"
                + "  done(ids); });");
        java.util.regex.Matcher per = java.util.regex.Pattern.compile("\"docsPerChunk\":(\\d+)")
                .matcher(java.nio.file.Files.readString(site.resolve("_studysite/search/manifest.js")));
        assertThat(per.find()).isTrue();
        List<String> needed = shown.stream().map(d -> "docs-" + d.intValue() / Integer.parseInt(per.group(1))).distinct().sorted().toList();
        List<String> loaded = ((List<String>) browser.script("return studysiteSearch.loaded()")).stream()
                .filter(name -> name.startsWith("docs-")).sorted().toList();
        assertThat(loaded).isEqualTo(needed);
    }

    @Test
    void cloudformationFindsTheCloudFormationSectionsOfBothNotes() {
        browser.open(site.resolve("aws-developer-associate.html"));
        type("cloudformation");
        assertBothNotesHaveASectionOn("CloudFormation");
    }

    @Test
    void theKeyboardReachesAndOpensResults() {
        browser.open(site.resolve("aws-developer-associate.html"));
        new Actions(browser.driver()).sendKeys("/").perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("site-search-input");
        box().sendKeys(Keys.ESCAPE);
        box().sendKeys(Keys.ESCAPE);
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("site-search-input");
        type("sqs");
        box().sendKeys(Keys.ARROW_DOWN);
        String active = box().getAttribute("aria-activedescendant");
        WebElement first = browser.driver().findElement(By.id(active));
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        String target = first.getAttribute("href");
        box().sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().equals(target));
        assertThat(target).startsWith("file:").contains(".html#");
    }

    @Test
    void theBoxAndThePageShowEachNoteOnceWithItsBestSectionsUnderneath() {
        browser.open(site.resolve("index.html"));
        type("lambda");
        List<WebElement> groups = browser.driver().findElements(By.cssSelector("#site-search-results .search-note"));
        List<String> titles = noteTitles("#site-search-results .search-note");
        assertThat(titles).containsExactlyInAnyOrder("aws certified Developper notes", "AWS Developer Associate");
        for (WebElement group : groups) {
            List<WebElement> options = group.findElements(By.cssSelector("[role=option]"));
            assertThat(options).hasSizeBetween(1, 3);
            // The title is the group's: the visible heading path under it does not start with it again.
            String title = group.findElement(By.cssSelector(".search-note-title")).getText();
            for (WebElement option : options) {
                assertThat(option.findElements(By.cssSelector(".search-hit-heading")).stream().map(WebElement::getText))
                        .noneMatch(h -> title.startsWith(h));
            }
        }
        assertThat(browser.driver().findElement(By.cssSelector("#site-search-results .search-all")).getText()).isEqualTo("All 2 notes →");

        browser.driver().get(site.resolve("search/index.html").toUri() + "?q=lambda");
        waiting().until(d -> d.findElements(By.cssSelector(".search-results .search-note")).size() == 2);
        assertThat(noteTitles(".search-results .search-note"))
                .containsExactlyInAnyOrder("aws certified Developper notes", "AWS Developer Associate");
        for (WebElement note : browser.driver().findElements(By.cssSelector(".search-results .search-note"))) {
            assertThat(note.findElements(By.cssSelector(".search-hit"))).hasSizeBetween(1, 3);
            assertThat(note.findElement(By.cssSelector(".search-note-title a")).getAttribute("href")).doesNotContain("#");
        }
        assertThat(browser.driver().findElement(By.cssSelector(".search-summary")).getText()).matches("2 notes · \\d+ matching sections");
    }

    @Test
    void theSearchPageFiltersByTagAndKeepsTheQueryInItsAddress() {
        browser.open(site.resolve("index.html"));
        type("lambda");
        browser.driver().findElement(By.cssSelector("#site-search-results .search-all")).click();
        waiting().until(d -> d.getCurrentUrl().contains("search/index.html?q=lambda"));
        waiting().until(d -> d.findElements(By.cssSelector(".search-results .search-hit")).size() > 1);
        String summary = browser.driver().findElement(By.cssSelector(".search-summary")).getText();
        assertThat(summary).startsWith("2 notes · ");
        WebElement aws = browser.driver().findElements(By.cssSelector(".search-filter-tag label")).stream()
                .filter(l -> l.getText().startsWith("#aws ")).findFirst().orElseThrow();
        int count = Integer.parseInt(aws.findElement(By.cssSelector(".count")).getText());
        assertThat(count).isEqualTo(1);
        // Services filter too: by the services the matching sections are about.
        List<String> services = browser.driver().findElements(By.cssSelector(".search-filter-service label"))
                .stream().map(WebElement::getText).toList();
        assertThat(services).anyMatch(label -> label.startsWith("Lambda "));
        browser.screenshot(SHOTS.resolve("page-light-1280.png"));
        aws.findElement(By.cssSelector("input")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".search-summary")).getText().startsWith(count + " note"));
        assertThat(browser.driver().getCurrentUrl()).contains("q=lambda", "tag=aws");
        // The address reproduces the search.
        browser.driver().navigate().refresh();
        waiting().until(d -> d.findElement(By.cssSelector(".search-summary")).getText().startsWith(count + " note"));
        assertThat(browser.driver().findElement(By.id("search-page-input")).getAttribute("value")).isEqualTo("lambda");
    }

    @Test
    void aMisspeltQueryShowsTheResultsOfTheNotesSpelling() {
        browser.open(site.resolve("index.html"));
        type("cloudfromation ");
        assertThat(browser.driver().findElement(By.cssSelector("#site-search-results .search-respelt-query")).getText())
                .isEqualTo("cloudformation");
        assertThat(places()).hasSizeGreaterThanOrEqualTo(2).anyMatch(p -> p.startsWith("AWS Developer Associate › CloudFormation"));
        String asTyped = browser.driver().findElement(By.cssSelector("#site-search-results .search-as-typed")).getAttribute("href");
        assertThat(asTyped).contains("q=cloudfromation", "respell=no");
        // The words as typed, on request: nothing, and the respelling offered.
        browser.driver().get(asTyped);
        WebElement respelt = waiting().until(d -> d.findElement(By.cssSelector(".search-summary .search-respelt")));
        assertThat(browser.driver().findElement(By.cssSelector(".search-summary")).getText()).startsWith("No note matches.");
        assertThat(respelt.getText()).isEqualTo("cloudformation");
        respelt.click();
        waiting().until(d -> d.findElements(By.cssSelector(".search-results .search-note")).size() == 2);
        assertThat(browser.driver().findElement(By.id("search-page-input")).getAttribute("value")).isEqualTo("cloudformation");
    }

    @Test
    void aSubmittedUnfinishedWordFindsTheWordsItStarts() {
        browser.driver().get(site.resolve("search/index.html").toUri() + "?q=dynam");
        waiting().until(d -> d.findElements(By.cssSelector(".search-results .search-note")).size() == 2);
        assertThat(browser.driver().findElements(By.cssSelector(".search-results mark")))
                .extracting(WebElement::getText).isNotEmpty().allMatch(m -> m.toLowerCase().startsWith("dynam"));
        assertThat(browser.driver().findElements(By.cssSelector(".search-summary .search-respelt"))).isEmpty();
    }

    @Test
    void accentsFoldAndTheAccentedWordIsMarked() {
        browser.open(hostile.resolve("index.html"));
        type("cafe ");
        assertThat(browser.driver().findElements(By.cssSelector("#site-search-results mark")))
                .extracting(WebElement::getText).containsExactly("café");
        type("brulee creme ");
        assertThat(browser.driver().findElements(By.cssSelector("#site-search-results mark")))
                .extracting(WebElement::getText).containsExactly("crème", "brûlée");
    }

    @Test
    void noteTextIsShownAsTextNeverAsMarkup() {
        browser.open(hostile.resolve("index.html"));
        type("zebrafish");
        WebElement snippet = browser.driver().findElement(By.cssSelector("#site-search-results .search-hit-snippet"));
        assertThat(snippet.getText()).contains("<img src=x onerror=");
        assertThat(browser.driver().findElements(By.cssSelector("#site-search-results img"))).isEmpty();
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void screenshotsInBothSchemesAtPhoneAndDesktopWidths() {
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 360}) {
                browser.size(width, 800);
                browser.colorScheme(scheme);
                browser.open(site.resolve("aws-developer-associate.html"));
                type("lambda fun");
                assertThat(places()).isNotEmpty();
                WebElement popup = browser.driver().findElement(By.id("site-search-results"));
                assertThat(popup.getRect().getX()).isGreaterThanOrEqualTo(0);
                assertThat(popup.getRect().getX() + popup.getRect().getWidth()).isLessThanOrEqualTo(width);
                browser.screenshot(SHOTS.resolve("popup-" + scheme + "-" + width + ".png"));
                browser.driver().get(site.resolve("search/index.html").toUri() + "?q=s3+bucket");
                waiting().until(d -> d.findElements(By.cssSelector(".search-results .search-hit")).size() > 0);
                browser.screenshot(SHOTS.resolve("page-" + scheme + "-" + width + ".png"));
            }
        }
        browser.size(1280, 900);
        browser.colorScheme("light");
    }
}
