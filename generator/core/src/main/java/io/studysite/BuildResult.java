package io.studysite;

import io.studysite.diag.Diagnostic;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a build went: its outcome (and so the exit code), every diagnostic in reading order, the time
 * each stage took, and what was written.
 *
 * @param verbose what the build decided and shows only when asked to be verbose (why the service cross-reference is on)
 */
public record BuildResult(Outcome outcome, List<Diagnostic> diagnostics, Map<String, Duration> stageTimes,
                          int notes, int pages, long bytesWritten, boolean written, List<Diagnostic> verbose) {

    public BuildResult(Outcome outcome, List<Diagnostic> diagnostics, Map<String, Duration> stageTimes,
                       int notes, int pages, long bytesWritten, boolean written) {
        this(outcome, diagnostics, stageTimes, notes, pages, bytesWritten, written, List.of());
    }

    public enum Outcome {
        OK(0), CONTENT_ERRORS(1), USAGE_ERROR(2), INTERNAL_ERROR(3);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        verbose = List.copyOf(verbose);
        // Keeps the order the stages ran in.
        stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
    }

    /** This result with {@code more} to show when verbose. */
    public BuildResult withVerbose(List<Diagnostic> more) {
        return new BuildResult(outcome, diagnostics, stageTimes, notes, pages, bytesWritten, written, more);
    }

    public int exitCode() {
        return outcome.exitCode();
    }
}
