package io.studysite.cli;

/** The exit codes every studysite command uses. */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    private ExitCodes() {}
}
