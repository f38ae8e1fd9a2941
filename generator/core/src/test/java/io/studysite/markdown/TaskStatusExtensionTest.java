package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class TaskStatusExtensionTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private static Element render(String markdown, Dialect dialect) {
        Document document = ENGINE.parse(markdown, dialect);
        return Jsoup.parseBodyFragment(ENGINE.render(document, dialect, LinkTargets.NONE)).body();
    }

    private static Element render(String markdown) {
        return render(markdown, Dialect.OBSIDIAN);
    }

    private static void assertTask(Element li, String status, boolean checked, String text) {
        assertThat(li.hasClass("task-list-item")).as("class of %s", li).isTrue();
        assertThat(li.attr("data-task")).isEqualTo(status);
        Element box = li.selectFirst("input[type=checkbox]");
        assertThat(box).isNotNull();
        assertThat(box.hasAttr("checked")).isEqualTo(checked);
        assertThat(box.hasAttr("disabled")).isTrue();
        assertThat(li.text()).isEqualTo(text);
    }

    @Test
    void customStatusesAreTaskItems() {
        Elements items = render("- [/] doing\n- [-] dropped\n- [>] later\n- [?] unsure\n- [!] important\n- [*] star\n")
                .select("ul > li");

        assertThat(items).hasSize(6);
        assertTask(items.get(0), "/", true, "doing");
        assertTask(items.get(1), "-", true, "dropped");
        assertTask(items.get(2), ">", true, "later");
        assertTask(items.get(3), "?", true, "unsure");
        assertTask(items.get(4), "!", true, "important");
        assertTask(items.get(5), "*", true, "star");
    }

    @Test
    void standardStatusesKeepTheirMeaningAndGetDataTask() {
        Elements items = render("- [ ] open\n- [x] done\n- [X] DONE\n").select("li");

        assertTask(items.get(0), "", false, "open");
        assertTask(items.get(1), "x", true, "done");
        assertTask(items.get(2), "X", true, "DONE");
    }

    @Test
    void letterAndDigitStatusesToo() {
        Elements items = render("- [b] bookmark\n- [i] idea\n- [1] one\n").select("li");

        assertTask(items.get(0), "b", true, "bookmark");
        assertTask(items.get(1), "i", true, "idea");
        assertTask(items.get(2), "1", true, "one");
    }

    @Test
    void orderedNestedAndLooseItems() {
        Element body = render("1. [/] first\n\n2. [ ] second\n   - [-] nested\n");

        Elements top = body.select("ol > li");
        assertTask(top.get(0), "/", true, "first");
        assertThat(top.get(0).selectFirst("p")).isNotNull();
        assertThat(top.get(0).selectFirst("p > input[type=checkbox]")).isNotNull();
        assertThat(top.get(1).attr("data-task")).isEmpty();
        assertTask(body.selectFirst("ol > li > ul > li"), "-", true, "nested");
    }

    @Test
    void bracketsThatAreNoStatusStayText() {
        Element body = render("- [ab] two chars\n- [] empty\n- [[Other]]\n- [link](https://x.com)\n- plain\n");

        assertThat(body.select("li.task-list-item, li[data-task], input")).isEmpty();
        Elements items = body.select("li");
        assertThat(items).extracting(Element::text)
                .containsExactly("[ab] two chars", "[] empty", "Other", "link", "plain");
    }

    @Test
    void emptyTasksAreTasks() {
        Elements items = render("- [ ]\n- [/]\n").select("li");

        assertTask(items.get(0), "", false, "");
        assertTask(items.get(1), "/", true, "");
    }

    /** flexmark already makes "- [x]glued" a task; the other statuses behave the same (Obsidian wants a space). */
    @Test
    void aStatusGluedToTheTextIsATaskAsFlexmarkDoesForX() {
        Elements items = render("- [x]glued\n- [/]glued\n").select("li");

        assertTask(items.get(0), "x", true, "glued");
        assertTask(items.get(1), "/", true, "glued");
    }

    @Test
    void jekyllNotesKnowOnlyStandardStatuses() {
        Elements items = render("- [/] doing\n- [x] done\n", Dialect.JEKYLL).select("li");

        assertThat(items.get(0).hasClass("task-list-item")).isFalse();
        assertThat(items.get(0).text()).isEqualTo("[/] doing");
        assertThat(items.get(1).hasClass("task-list-item")).isTrue();
        assertThat(items.select("[data-task]")).isEmpty();
    }
}
