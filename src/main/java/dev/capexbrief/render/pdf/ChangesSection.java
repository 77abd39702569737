package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.MarketReaction;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.render.chart.RevisionLadderChart;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.Exhibit;
import dev.capexbrief.render.text.TopCompanies;

import java.util.Comparator;
import java.util.List;

/**
 * What changed: the revision ladder, every revision with its change in money and percent at the
 * midpoint and the market's reaction, then the share-price moves on record. Long lists show the
 * newest, the largest companies first on the same day, and count the rest.
 */
final class ChangesSection {
    private final Composer c;

    ChangesSection(Composer composer) {
        this.c = composer;
    }

    void write() {
        Briefing b = c.briefing();
        c.sectionWithExhibit(BriefingSection.CHANGES, Exhibit.LADDER, 215, RevisionLadderChart::create);
        Tables t = c.tables();
        TopCompanies top = c.top();
        if (!b.revisions().isEmpty()) {
            PdfPTable table = t.create(new float[]{1.2f, 0.8f, 1.9f, 0.8f, 0.8f, 1.0f, 0.8f, 0.9f},
                    new String[]{"Company", "Period", "From \u2192 to", "Change", "Change %", "Announced", "Shares",
                            "Sources"},
                    new int[]{Tables.LEFT, Tables.LEFT, Tables.LEFT, Tables.RIGHT, Tables.RIGHT, Tables.LEFT,
                            Tables.RIGHT, Tables.LEFT});
            List<Revision> shown = top.capped(b.revisions(), TopCompanies.LIST_ROWS, r -> r.company().id(),
                    Comparator.comparing(Revision::toDate).reversed());
            for (Revision r : shown) {
                t.stacked(table, r.company().name(), null, c.charts().companyColor(r.company().id()));
                t.text(table, r.period().label(), Tables.LEFT);
                t.text(table, r.fromLabel() + " \u2192 " + r.toLabel(), Tables.LEFT);
                t.bold(table, MoneyFormat.change(r.change(), b.currency()), Tables.RIGHT);
                t.text(table, MoneyFormat.percentChange(r.changePct()), Tables.RIGHT);
                t.text(table, r.toDate().toString(), Tables.LEFT);
                t.text(table, r.reaction() == null ? "\u2013" : r.reaction().label(), Tables.RIGHT);
                t.muted(table, c.sources().refs(r.toSource()), Tables.LEFT);
            }
            t.more(table, b.revisions().size() - shown.size(), "revisions in the workbook's Changes sheet.");
            c.add(table);
        }
        if (b.reactions().isEmpty()) {
            return;
        }
        PdfPTable table = t.create(new float[]{1.1f, 0.9f, 0.7f, 0.9f, 4.2f},
                new String[]{"Company", "Date", "Move", "Reacting to", "What was reported"},
                new int[]{Tables.LEFT, Tables.LEFT, Tables.RIGHT, Tables.LEFT, Tables.LEFT});
        List<MarketReaction> shown = top.capped(b.reactions(), TopCompanies.LIST_ROWS, r -> r.company().id(),
                Comparator.comparing(MarketReaction::date).reversed());
        for (MarketReaction r : shown) {
            t.stacked(table, r.company().name(), null, c.charts().companyColor(r.company().id()));
            t.text(table, r.date().toString(), Tables.LEFT);
            t.bold(table, r.label(), Tables.RIGHT);
            t.text(table, r.period().label(), Tables.LEFT);
            t.muted(table, r.note() + " " + c.sources().refs(r.source()), Tables.LEFT);
        }
        t.more(table, b.reactions().size() - shown.size(), "share-price moves in the workbook's Changes sheet.");
        c.subheading("Share-price reactions on record", table);
    }
}
