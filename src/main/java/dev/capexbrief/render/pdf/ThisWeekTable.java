package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.WeekItem;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.render.text.BriefingSection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "This week": the guidance announced in the week of the as-of date (new, revised with from → to,
 * reiterated) and the actuals reported on each company's guidance basis, with the share-price move.
 * A busy week shows the largest companies' news and counts the rest.
 */
final class ThisWeekTable {
    /** Rows on page one before "… and 98 more", fewer when page one has no room for them. */
    static final int FRONT_PAGE_ROWS = 10;
    private static final int FEWEST_ROWS = 5;

    private final Composer c;

    ThisWeekTable(Composer composer) {
        this.c = composer;
    }

    void write() {
        c.section(BriefingSection.THIS_WEEK, 90);
        List<WeekItem> all = items(c.briefing());
        if (all.isEmpty()) {
            return;
        }
        if (all.size() <= FRONT_PAGE_ROWS) {
            c.add(table(all, 0));
            return;
        }
        List<WeekItem> ranked = c.top().capped(all, FRONT_PAGE_ROWS, w -> w.company().id(),
                Comparator.comparing(w -> w.kind() != Kind.GUIDANCE));
        PdfPTable table = table(ranked, all.size() - ranked.size());
        // a cut list is kept whole, so it shortens to stay on page one rather than move to page two
        for (int n = ranked.size() - 1; n >= FEWEST_ROWS && c.keepFor(table) > c.room() - 8; n--) {
            table = table(ranked.subList(0, n), all.size() - n);
        }
        c.add(table);
    }

    /** The table of the items, and a last line counting the {@code left} items not shown. */
    private PdfPTable table(List<WeekItem> items, int left) {
        Tables t = c.tables();
        PdfPTable table = t.create(new float[]{1.15f, 0.85f, 1.3f, 0.95f, 0.95f, 1.5f, 0.8f},
                new String[]{"Company", "Period", "Figure", "What", "Announced", "Before \u2192 now", "Shares"},
                new int[]{Tables.LEFT, Tables.LEFT, Tables.RIGHT, Tables.LEFT, Tables.LEFT, Tables.LEFT, Tables.RIGHT});
        for (WeekItem w : items) {
            t.bold(table, w.company().name(), Tables.LEFT);
            t.text(table, w.period().label(), Tables.LEFT);
            t.bold(table, w.label(), Tables.RIGHT);
            t.text(table, what(w), Tables.LEFT);
            t.text(table, w.announced().toString(), Tables.LEFT);
            t.text(table, change(w), Tables.LEFT);
            t.text(table, w.reaction() == null ? "" : w.reaction().label(), Tables.RIGHT);
        }
        t.more(table, left, "in the workbook's Changes sheet.");
        return table;
    }

    /** Guidance first, then actuals on the company's guidance basis (other bases are in the workbook). */
    static List<WeekItem> items(Briefing b) {
        List<WeekItem> out = new ArrayList<>();
        b.thisWeek().stream().filter(w -> w.kind() == Kind.GUIDANCE).forEach(out::add);
        b.thisWeek().stream().filter(w -> w.kind() == Kind.ACTUAL && w.metric().equals(w.company().basis()))
                .forEach(out::add);
        return out;
    }

    private static String what(WeekItem w) {
        if (w.kind() == Kind.ACTUAL) {
            return "actual";
        }
        return switch (w.status()) {
            case NEW -> "new plan";
            case REVISED -> w.revision() != null && w.revision().isRaise() ? "raised" : "revised";
            case REITERATED -> "reiterated";
            case ACTUAL -> "actual";
        };
    }

    private static String change(WeekItem w) {
        if (w.revision() != null) {
            return w.revision().fromLabel() + " \u2192 " + w.revision().toLabel();
        }
        if (w.kind() == Kind.ACTUAL) {
            return "reported";
        }
        return w.status() == WeekItem.Status.REITERATED ? "unchanged" : "first plan for " + w.period().label();
    }
}
