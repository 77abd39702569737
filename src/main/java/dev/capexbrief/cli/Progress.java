package dev.capexbrief.cli;

import java.io.PrintWriter;

/** A one-line progress bar on the terminal; silent when output is not a terminal. */
final class Progress {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private final boolean terminal;
    private final int total;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    void step(int done, String label) {
        if (!terminal) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label + "   ");
        err.flush();
    }

    void finish() {
        if (terminal) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
