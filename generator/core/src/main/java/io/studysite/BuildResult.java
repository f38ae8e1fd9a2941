package io.studysite;

import io.studysite.diag.Diagnostic;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a build went: its outcome (and so the exit code), every diagnostic in reading order, the time
 * each stage took, and what was written.
 */
public record BuildResult(Outcome outcome, List<Diagnostic> diagnostics, Map<String, Duration> stageTimes,
                          int notes, int pages, long bytesWritten, boolean written) {

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
        // Keeps the order the stages ran in.
        stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
    }

    public int exitCode() {
        return outcome.exitCode();
    }
}
