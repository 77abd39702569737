package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.Labels;

/**
 * Guidance by company: each plan as stated, the prior year's actual on the same basis, implied
 * growth, share of the group total, the date and the sources; then the group total.
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
        for (GuidanceLine g : b.guidance()) {
            t.stacked(table, g.company().name(), g.company().basisLabel(),
                    c.charts().companyColor(g.company().colorIndex()));
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
        GroupTotal total = b.total();
        t.total(table, "Group total (" + total.companies().size() + ")", Tables.LEFT);
        t.total(table, total.label(), Tables.RIGHT);
        t.total(table, total.priorTotal() == null ? "" : MoneyFormat.billions(total.priorTotal(), b.currency()), Tables.RIGHT);
        t.total(table, total.growth() == null ? "" : MoneyFormat.percentChange(total.growth()), Tables.RIGHT);
        t.total(table, "100%", Tables.RIGHT);
        t.total(table, "", Tables.LEFT);
        t.total(table, "", Tables.LEFT);
        c.add(table);
        c.paragraph(total.basisNote() + (total.likeForLikeCompanies().size() == total.companies().size() ? ""
                : " Growth is like for like: " + String.join(", ", total.likeForLikeCompanies().stream()
                        .map(id -> b.companies().stream().filter(p -> p.id().equals(id)).map(p -> p.name())
                                .findFirst().orElse(id)).toList())
                + " (the companies with a prior-year actual on the same basis)."), c.styles().small(), 4);
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
