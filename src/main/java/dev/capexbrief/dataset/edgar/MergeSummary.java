package dev.capexbrief.dataset.edgar;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did to one company: {@code GOOGL: 9 new quarters, 1 restatement, 40 unchanged}.
 *
 * @param match        how the company was found: by its CIK, by its id (the CIK is then recorded), or new
 * @param keptByHand   actuals the dataset already has from another source for the same period and day, kept as they are
 * @param skipped      actuals the dataset cannot hold (a negative or implausibly large value)
 */
public record MergeSummary(String id, long cik, Match match, int newQuarters, int newYears, int restatements,
                           int updated, int unchanged, int keptByHand, int skipped) {

    /** How an imported company was matched to the dataset's. */
    public enum Match { CIK, ID, NEW }

    /** The one line {@code import edgar} prints for the company. */
    public String line() {
        List<String> parts = new ArrayList<>();
        add(parts, newQuarters, "new quarter", "new quarters");
        add(parts, newYears, "new year", "new years");
        add(parts, restatements, "restatement", "restatements");
        add(parts, updated, "updated", "updated");
        add(parts, unchanged, "unchanged", "unchanged");
        add(parts, keptByHand, "kept as entered by hand", "kept as entered by hand");
        add(parts, skipped, "skipped (a value no dataset can hold)", "skipped (values no dataset can hold)");
        String who = switch (match) {
            case CIK -> id;
            case ID -> id + " (matched by id; cik " + cik + " recorded)";
            case NEW -> id + " (new company, cik " + cik + ")";
        };
        return who + ": " + (parts.isEmpty() ? "no actuals" : String.join(", ", parts));
    }

    /** Figures this import adds or changes for the company. */
    public int changes() {
        return newQuarters + newYears + restatements + updated;
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
