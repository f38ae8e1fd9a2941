package io.studysite.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studysite.testing.TestVault;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiagnosticCodeTest {
    private static final Pattern CODE = Pattern.compile("`([a-z0-9-]+)`");

    /** README's diagnostics table, code → severity: a row may name several codes with one severity, or one each. */
    private static Map<String, Severity> readmeTable() throws IOException {
        String readme = Files.readString(TestVault.repository().resolve("README.md"));
        String section = readme.substring(readme.indexOf("\n## Diagnostics"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Map<String, Severity> table = new LinkedHashMap<>();
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = line.split("\\|");
            Matcher codes = CODE.matcher(cells[1]);
            List<Severity> severities = Arrays.stream(cells[2].split(",")).map(Severity::parse).toList();
            for (int i = 0; codes.find(); i++) {
                Severity severity = severities.get(severities.size() == 1 ? 0 : i);
                assertThat(table.put(codes.group(1), severity)).as("%s is in the table twice", codes.group(1)).isNull();
            }
        }
        return table;
    }

    @Test
    void readmeListsExactlyTheKnownCodesWithTheirSeverities() throws IOException {
        Map<String, Severity> known = Arrays.stream(DiagnosticCode.values())
                .collect(Collectors.toMap(DiagnosticCode::code, DiagnosticCode::severity));

        assertThat(readmeTable()).containsExactlyInAnyOrderEntriesOf(known);
    }

    @Test
    void aDiagnosticWithAnUnknownCodeIsAProgrammingError() {
        assertThatThrownBy(() -> new Diagnostic(null, 0, 0, Severity.WARNING, "unresolved-links", "m", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"unresolved-links\"");
        assertThatThrownBy(() -> new Diagnostics().warn(null, 0, 0, "made-up", "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreKebabCaseAndUnique() {
        assertThat(DiagnosticCode.values()).extracting(DiagnosticCode::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void closestCodeForATypo() {
        assertThat(DiagnosticCode.closestTo("unresolved-links")).contains(DiagnosticCode.UNRESOLVED_LINK);
        assertThat(DiagnosticCode.closestTo("Ambiguous-Link")).contains(DiagnosticCode.AMBIGUOUS_LINK);
        assertThat(DiagnosticCode.closestTo("colour")).isEmpty();
    }
}
