package dev.capexbrief.cli;

/** The process exit codes, documented in the README. */
final class ExitCodes {
    static final int OK = 0;
    static final int INVALID_DATA = 1;
    static final int USAGE = 2;
    static final int IO = 3;

    private ExitCodes() {
    }
}
