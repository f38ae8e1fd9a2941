package io.studysite.diag;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticLedgerTest {
    private static final Path A = Path.of("A.md");
    private static final Path B = Path.of("B.md");

    @Test
    void replacingAStageForSomeFilesKeepsEveryOtherStageAndFile() {
        DiagnosticLedger ledger = DiagnosticLedger.collecting(Map.of("unresolved-link", Severity.ERROR));
        ledger.stage(DiagnosticLedger.Stage.LOAD).warn(A, 1, 1, "invalid-front-matter", "bad YAML");
        ledger.stage(DiagnosticLedger.Stage.RESOLVE).warn(A, 3, 1, "unresolved-link", "no note named \"X\"");
        ledger.stage(DiagnosticLedger.Stage.RESOLVE).warn(B, 2, 1, "unresolved-link", "no note named \"Y\"");
        ledger.stage(DiagnosticLedger.Stage.SITE).info(null, 0, 0, "file-name-encoding", "ASCII");
        assertThat(ledger.hasErrors()).isTrue();

        Diagnostics recheck = ledger.fresh();
        recheck.warn(A, 4, 1, "unresolved-link", "no note named \"Z\"");
        DiagnosticLedger next = ledger.replacing(DiagnosticLedger.Stage.RESOLVE, Set.of(A), recheck);

        assertThat(next.sorted()).extracting(Diagnostic::message).containsExactly(
                "ASCII", "bad YAML", "no note named \"Z\"", "no note named \"Y\"");
        // The configured severity applies to the new findings too.
        assertThat(next.sorted()).filteredOn(d -> d.code().equals("unresolved-link"))
                .allMatch(d -> d.severity() == Severity.ERROR);
        // The old ledger is unchanged.
        assertThat(ledger.sorted()).extracting(Diagnostic::message).contains("no note named \"X\"");

        DiagnosticLedger fixed = next.replacing(DiagnosticLedger.Stage.RESOLVE, Set.of(A, B), next.fresh());
        assertThat(fixed.hasErrors()).isFalse();
        assertThat(fixed.sorted()).hasSize(2);
    }
}
