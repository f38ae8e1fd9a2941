package io.studysite;

import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code blocks and Mermaid diagrams in real headless Chromium from file://: highlight.js colours a Java block,
 * the Copy button works from the keyboard and says "Copied", Mermaid draws a flowchart and a sequence diagram
 * as SVG (its UMD bundle needs no chunk loaded at run time) and draws them again in the other colour scheme.
 */
class CodeAndDiagramsBrowserIT {
    static Path site;
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void buildAndStart(@TempDir Path out) {
        Path vault = TestVault.write(out.resolve("vault"),
                "Code.md", "# Code\n\n```java\npublic class Hello {\n    public static void main(String[] args) {\n"
                        + "        System.out.println(\"hi\");\n    }\n}\n```\n\n```\nplain text\n```\n",
                "Diagrams.md", "# Diagrams\n\n```mermaid\nflowchart LR\n  A[Start] --> B{Ready?}\n  B -->|yes| C[Done]\n```\n\n"
                        + "```mermaid\nsequenceDiagram\n  Alice->>Bob: Hello\n  Bob-->>Alice: Hi\n```\n\n"
                        + "```mermaid\nclassDiagram\n  Animal <|-- Duck\n```\n\n"
                        + "```mermaid\nstateDiagram-v2\n  [*] --> Still\n  Still --> [*]\n```\n\n"
                        + "```mermaid\nmindmap\n  root((Study))\n    AWS\n    Java\n```\n\n"
                        + "```mermaid\nthis is not a diagram\n```\n");
        site = out.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, site));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
    }


    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    @Test
    void highlightJsColoursTheJavaBlockAndLeavesPlainTextAlone() {
        browser.size(1280, 900);
        browser.colorScheme("light");
        browser.open(site.resolve("code.html"));
        waiting().until(d -> !d.findElements(By.cssSelector("code.language-java.hljs .hljs-keyword")).isEmpty());
        WebElement keyword = browser.driver().findElement(By.cssSelector("code.language-java .hljs-keyword"));
        assertThat(keyword.getText()).isIn("public", "class", "static", "void");
        String lightColour = keyword.getCssValue("color");
        String text = browser.driver().findElement(By.cssSelector("code.language-java")).getCssValue("color");
        assertThat(lightColour).isNotEqualTo(text);
        browser.colorScheme("dark");
        assertThat(keyword.getCssValue("color")).isNotEqualTo(lightColour);
        assertThat(browser.driver().findElements(By.cssSelector("pre > code:not([class]).hljs"))).isEmpty();
        browser.screenshot(SHOTS.resolve("code-dark-1280.png"));
    }

    @Test
    void everyCodeBlockHasAKeyboardOperableCopyButtonThatSaysCopied() {
        browser.size(1280, 900);
        browser.open(site.resolve("code.html"));
        waiting().until(d -> d.findElements(By.cssSelector("button.code-copy")).size() == 2);
        // headless Chromium on file:// may refuse the clipboard; either answer is announced
        ((JavascriptExecutor) browser.driver()).executeScript(
                "navigator.clipboard.writeText = function (t) { window.copied = t; return Promise.resolve(); };");
        WebElement button = browser.driver().findElement(By.cssSelector("button.code-copy"));
        assertThat(button.getAttribute("aria-label")).isEqualTo("Copy code to clipboard");
        assertThat(button.getAttribute("type")).isEqualTo("button");
        button.sendKeys(Keys.ENTER);
        waiting().until(d -> "Copied".equals(button.getText()));
        assertThat(browser.script("return window.copied")).asString().startsWith("public class Hello {");
        WebElement status = browser.driver().findElement(By.cssSelector(".code-block [role=status]"));
        assertThat(status.getAttribute("textContent")).isEqualTo("Copied");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mermaidDrawsFlowchartsAndSequenceDiagramsFromDiskAndRedrawsInTheOtherScheme() {
        browser.size(1280, 900);
        browser.colorScheme("light");
        browser.open(site.resolve("diagrams.html"));
        assertThat(browser.driver().getCurrentUrl()).startsWith("file://");
        waiting().until(d -> d.findElements(By.cssSelector("pre.mermaid[data-processed]")).size() == 6
                && !d.findElements(By.cssSelector("pre.mermaid svg")).isEmpty());
        // wait until every drawable diagram is drawn (some diagram types render asynchronously)
        waiting().until(d -> d.findElements(By.cssSelector("pre.mermaid svg")).size() >= 5);
        List<Map<String, Object>> diagrams = (List<Map<String, Object>>) browser.script(
                "return Array.from(document.querySelectorAll('pre.mermaid')).map(function (p) {"
                        + " var svg = p.querySelector('svg');"
                        + " return {type: svg ? svg.getAttribute('aria-roledescription') : null,"
                        + " text: p.getAttribute('data-source')}; })");
        assertThat(diagrams).extracting(m -> m.get("type"))
                .containsExactly("flowchart-v2", "sequence", "class", "stateDiagram", "mindmap", null);
        assertThat(browser.driver().findElements(By.cssSelector("pre.mermaid svg"))).hasSize(5);
        WebElement broken = browser.driver().findElements(By.cssSelector("pre.mermaid")).get(5);
        assertThat(broken.getText()).contains("this is not a diagram");
        String lightFill = (String) browser.script(
                "return getComputedStyle(document.querySelector('pre.mermaid .node rect, pre.mermaid .node polygon')).fill");
        browser.screenshot(SHOTS.resolve("diagrams-light-1280.png"));

        browser.colorScheme("dark");
        waiting().until(d -> {
            Object fill = browser.script("var n = document.querySelector('pre.mermaid .node rect, pre.mermaid .node polygon');"
                    + " return n ? getComputedStyle(n).fill : null");
            return fill != null && !fill.equals(lightFill);
        });
        assertThat(browser.driver().findElements(By.cssSelector("pre.mermaid svg"))).hasSize(5);
        browser.screenshot(SHOTS.resolve("diagrams-dark-1280.png"));

        // a future theme toggle: data-theme on <html> wins over the system scheme
        browser.script("document.documentElement.setAttribute('data-theme', 'light')");
        waiting().until(d -> lightFill.equals(browser.script(
                "var n = document.querySelector('pre.mermaid .node rect, pre.mermaid .node polygon');"
                        + " return n ? getComputedStyle(n).fill : null")));
    }
}
