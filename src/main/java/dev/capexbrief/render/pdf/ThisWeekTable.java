package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.WeekItem;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.render.text.BriefingSection;

import java.util.ArrayList;
import java.util.List;

/**
 * "This week": the guidance announced in the week of the as-of date (new, revised with from → to,
 * reiterated) and the actuals reported on each company's guidance basis, with the share-price move.
 */
final class ThisWeekTable {
    private final Composer c;

    ThisWeekTable(Composer composer) {
        this.c = composer;
    }

    void write() {
        c.section(BriefingSection.THIS_WEEK, 90);
        List<WeekItem> items = items(c.briefing());
        if (items.isEmpty()) {
            return;
        }
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
        c.add(table);
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
            case "new" -> "new plan";
            case "revised" -> w.revision() != null && w.revision().isRaise() ? "raised" : "revised";
            case "reiterated" -> "reiterated";
            default -> w.status();
        };
    }

    private static String change(WeekItem w) {
        if (w.revision() != null) {
            return w.revision().fromLabel() + " \u2192 " + w.revision().toLabel();
        }
        if (w.kind() == Kind.ACTUAL) {
            return "reported";
        }
        return "reiterated".equals(w.status()) ? "unchanged" : "first plan for " + w.period().label();
    }
}
