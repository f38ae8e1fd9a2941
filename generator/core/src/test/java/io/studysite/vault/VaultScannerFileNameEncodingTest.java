package io.studysite.vault;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Under a C/POSIX locale Java cannot read non-ASCII file names: the build says so instead of mis-resolving quietly. */
class VaultScannerFileNameEncodingTest {
    @Test
    void warnsWhenFileNamesAreNotReadAsUtf8() {
        Diagnostics diagnostics = new Diagnostics();
        new VaultScanner(diagnostics).warnIfFileNamesCannotBeRead("ANSI_X3.4-1968");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("file-name-encoding");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).startsWith("file names are read as ANSI_X3.4-1968");
            assertThat(d.hint()).isEqualTo("run with a UTF-8 locale, e.g. LANG=C.UTF-8");
        });
    }

    @Test
    void saysNothingUnderUtf8() {
        Diagnostics diagnostics = new Diagnostics();
        new VaultScanner(diagnostics).warnIfFileNamesCannotBeRead("UTF-8");
        new VaultScanner(diagnostics).warnIfFileNamesCannotBeRead("utf8");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).isEmpty();
    }
}
