package io.studysite.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.studysite.diag.Diagnostics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front matter reader, fuzzed: any text at the top of a note gives properties, links and lists or a diagnostic,
 * never an exception (YAML bombs, deep nesting, {@code !!} tags, broken fences and line endings included).
 * Seeds: {@code FrontMatterFuzzTestInputs/anyFrontMatterIsReadOrReported/}; a long run: {@code bench/fuzz.sh}.
 */
class FrontMatterFuzzTest {
    private static final Path FILE = Path.of("vault", "Fuzz.md");

    @FuzzTest
    void anyFrontMatterIsReadOrReported(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Object> properties = FrontMatter.parse(text, FILE, diagnostics);
        FrontMatter.links(text);
        FrontMatter.list(properties, "tags", "tag");
        FrontMatter.list(properties, "aliases");
        // Values are shown on pages and in previews: every one must print.
        properties.values().forEach(String::valueOf);
        assertThat(diagnostics.sorted()).allSatisfy(d -> assertThat(d.file()).isEqualTo(FILE));
    }
}
