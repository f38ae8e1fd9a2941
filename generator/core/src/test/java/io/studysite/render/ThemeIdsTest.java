package io.studysite.render;

import io.studysite.markdown.PageIds;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids headings avoid are exactly the ids the default theme gives its own elements. */
class ThemeIdsTest {
    /** {@code id="sidebar"} in a template, {@code x.id = 'link-preview'} in a script; numbered ones end before "{{" or "' +". */
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"{]*)(\\{\\{)?|\\.id = '([^']*)'( \\+)?");

    @Test
    void headingsAvoidEveryIdTheThemeUses() throws IOException {
        Set<String> fixed = new TreeSet<>();
        Set<String> numbered = new TreeSet<>();
        Path theme = TestVault.repository().resolve("themes/default");
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb") || f.toString().endsWith(".js")).toList()) {
                Matcher m = ID.matcher(Files.readString(file));
                while (m.find()) {
                    String id = m.group(1) != null ? m.group(1) : m.group(3);
                    boolean isNumbered = m.group(2) != null || m.group(4) != null;
                    (isNumbered ? numbered : fixed).add(id);
                }
            }
        }
        assertThat(fixed).as("fixed ids of the default theme").isEqualTo(new TreeSet<>(PageIds.THEME));
        assertThat(numbered).as("numbered ids of the default theme").isNotEmpty()
                .allSatisfy(prefix -> assertThat(PageIds.isTaken(prefix + "12")).as(prefix + "12").isTrue());
    }
}
