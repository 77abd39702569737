package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupRemainder;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.Labels;
import dev.capexbrief.render.text.TopCompanies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guidance by company: each plan as stated, the prior year's actual on the same basis, implied
 * growth, share of the group total, the date and the sources; then the group total. With more
 * companies than the theme shows, the largest plans and one "Other companies" row summed by the
 * analysis, so the rows still add up to the total.
 */
final class GuidanceSection {
    private final Composer c;

    GuidanceSection(Composer composer) {
        this.c = composer;
    }

    void write() {
        Briefing b = c.briefing();
        c.section(BriefingSection.GUIDANCE, 160);
        if (b.guidance().isEmpty()) {
            return;
        }
        String focus = "FY" + b.focusYear();
        Tables t = c.tables();
        PdfPTable table = t.create(new float[]{2.5f, 1.55f, 1.0f, 0.85f, 0.75f, 0.95f, 0.95f},
                new String[]{"Company and capex basis", focus + " guidance", "Prior-year actual", "Implied growth",
                        "Share of total", "Announced", "Sources"},
                new int[]{Tables.LEFT, Tables.RIGHT, Tables.RIGHT, Tables.RIGHT, Tables.RIGHT, Tables.LEFT, Tables.LEFT});
        int top = c.top().limit();
        for (GuidanceLine g : b.leaders(top)) {
            t.stacked(table, g.company().name(), g.company().basisLabel(),
                    c.charts().companyColor(g.company().id()));
            t.stacked(table, g.label(), stated(g), null, Tables.RIGHT);
            if (g.priorActual() == null) {
                t.muted(table, "n/a", Tables.RIGHT);
            } else {
                t.noted(table, MoneyFormat.billions(g.priorActual(), b.currency()), g.priorPeriod().label(), Tables.RIGHT);
            }
            t.text(table, g.impliedGrowth() == null ? "n/a" : MoneyFormat.percentChange(g.impliedGrowth()), Tables.RIGHT);
            t.text(table, g.share() == null ? "not in total" : Labels.share(g.share()), Tables.RIGHT);
            t.text(table, g.announced().toString(), Tables.LEFT);
            t.muted(table, c.sources().refs(g.source()), Tables.LEFT);
        }
        if (b.guidance().size() > top) {
            others(t, table, b.remainder(top));
        }
        GroupTotal total = b.total();
        t.total(table, "Group total (" + TopCompanies.count(total.companies().size()) + ")", Tables.LEFT);
        t.total(table, total.label(), Tables.RIGHT);
        t.total(table, total.priorTotal() == null ? "" : MoneyFormat.billions(total.priorTotal(), b.currency()), Tables.RIGHT);
        t.total(table, total.growth() == null ? "" : MoneyFormat.percentChange(total.growth()), Tables.RIGHT);
        t.total(table, "100%", Tables.RIGHT);
        t.total(table, "", Tables.LEFT);
        t.total(table, "", Tables.LEFT);
        c.add(table);
        c.paragraph(total.basisNote() + likeForLike(b, top), c.styles().small(), 4);
    }

    /** The plans beyond the first {@code top}, as the analysis sums them. */
    private void others(Tables t, PdfPTable table, GroupRemainder rest) {
        t.stacked(table, "Other companies (" + TopCompanies.count(rest.companies()) + ")",
                "each in the workbook's Guidance sheet", null);
        t.bold(table, rest.label(), Tables.RIGHT);
        t.text(table, "", Tables.RIGHT);
        t.text(table, "", Tables.RIGHT);
        t.text(table, rest.share() == null ? "" : Labels.share(rest.share()), Tables.RIGHT);
        t.text(table, "", Tables.LEFT);
        t.text(table, "", Tables.LEFT);
    }

    /** Which companies the growth compares, when not all: by name, or how many when there are too many to name. */
    private static String likeForLike(Briefing b, int top) {
        GroupTotal total = b.total();
        List<String> ids = total.likeForLikeCompanies();
        if (ids.size() == total.companies().size()) {
            return "";
        }
        if (ids.size() > top) {
            return " Growth is like for like: the " + TopCompanies.count(ids.size())
                    + " companies with a prior-year actual on the same basis.";
        }
        Map<String, String> names = new HashMap<>();
        b.companies().forEach(p -> names.put(p.id(), p.name()));
        return " Growth is like for like: "
                + String.join(", ", ids.stream().map(id -> names.getOrDefault(id, id)).toList())
                + " (the companies with a prior-year actual on the same basis).";
    }

    /** The amount in its own currency and what it replaced, under the label. */
    private static String stated(GuidanceLine g) {
        StringBuilder sub = new StringBuilder();
        if (!g.statedLabel().equals(g.label())) {
            sub.append("stated ").append(g.statedLabel());
        }
        if (g.previous() != null) {
            sub.append(sub.length() == 0 ? "" : "; ").append("was ").append(g.previous().label());
        }
        return sub.toString();
    }
}
