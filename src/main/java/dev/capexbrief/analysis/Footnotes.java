package dev.capexbrief.analysis;

import dev.capexbrief.dataset.FxRate;
import dev.capexbrief.dataset.Period;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The methodology notes every output prints: fiscal calendars, bases, FX, partial and derived years. */
final class Footnotes {
    /** Per-company notes beyond this many per kind are summarised in one line. */
    static final int DETAIL_LIMIT = 12;

    private final List<String> lines = new ArrayList<>();

    Footnotes(List<CompanyProfile> profiles, List<GuidanceLine> guidance, List<GuidanceLine> others,
              List<AnnualSeries> history, GroupTotal total, List<FxRate> fx, int focusYear,
              List<CalendarYearActual> calendarYears, String currency) {
        java.util.Map<String, List<String>> cysById = new java.util.HashMap<>();
        calendarYears.forEach(c -> cysById.computeIfAbsent(c.company().id(), k -> new ArrayList<>()).add("CY" + c.year()));
        List<String> calendars = new ArrayList<>();
        for (CompanyProfile p : profiles) {
            if (!p.company().calendarFiscalYear()) {
                Period.FiscalYear fy = new Period.FiscalYear(focusYear);
                List<String> cys = cysById.getOrDefault(p.id(), List.of());
                calendars.add(p.name() + " " + fy.label() + " = " + monthYear(fy.start(p.company().fiscalYearEnd())) + " \u2013 "
                        + monthYear(fy.end(p.company().fiscalYearEnd())) + " (fiscal year ends " + p.company().fiscalYearEndName()
                        + "); its fiscal years are shown as reported, not converted to calendar years"
                        + (cys.isEmpty() ? "." : "; a calendar-year view from fiscal quarters is given for "
                        + String.join(", ", cys) + "."));
            }
        }
        capped(calendars, "more companies have fiscal years that do not end in December; their fiscal years are shown as reported");
        Set<String> bases = new LinkedHashSet<>();
        for (CompanyProfile p : profiles) {
            if (!p.basis().isEmpty()) {
                bases.add(p.name() + " is compared on " + p.basisLabel() + " (" + p.basis() + "), the basis of its guidance.");
            }
        }
        capped(new ArrayList<>(bases), "more companies are compared on the basis of their guidance, or on their longest reported basis");
        lines.add(total.basisNote());
        for (FxRate r : fx) {
            lines.add(r.currency() + " converted at " + r.usdPerUnit().toPlainString() + " USD per " + r.currency()
                    + " (as of " + r.asOf() + (r.source().isEmpty() ? "" : "; " + r.source()) + ").");
        }
        List<String> partials = new ArrayList<>();
        List<String> derivedNotes = new ArrayList<>();
        for (AnnualSeries s : history) {
            if (!s.headline()) {
                continue;
            }
            List<String> derived = new ArrayList<>();
            String how = "";
            for (AnnualActual a : s.years()) {
                if (a.partial()) {
                    partials.add(s.company().name() + " " + a.year().label() + " has " + a.quarters()
                            + " of 4 quarters reported; shown as a partial year and left out of growth rates.");
                } else if (a.derived()) {
                    derived.add(a.year().label());
                    how = a.source();
                }
            }
            if (!derived.isEmpty()) {
                derivedNotes.add(s.company().name() + " " + String.join(", ", derived) + " on its headline basis "
                        + (derived.size() == 1 ? "is " : "are ") + how + ".");
            }
        }
        capped(partials, "more partial company-years (fewer than four quarters reported) are shown as partial and left out of growth rates");
        capped(derivedNotes, "more companies have years derived from reported components");
        List<String> spans = new ArrayList<>();
        for (GuidanceLine g : others) {
            if (g.annualAverage() != null) {
                spans.add(g.company().name() + "'s " + g.period().label() + " plan (" + g.statedLabel()
                        + ") is a multi-year total; it is shown with its annual average and never added to annual totals.");
            }
        }
        capped(spans, "more multi-year plans are shown with their annual averages and never added to annual totals");
        List<String> closed = new ArrayList<>();
        for (GuidanceLine g : guidance) {
            if (g.outturn() != null) {
                closed.add(g.company().name() + "'s " + g.period().label() + " has closed: it reported "
                        + MoneyFormat.billions(g.outturn(), currency) + " on this basis against its last plan of "
                        + g.label() + "; the " + g.period().label() + " total adds plans, so it counts the plan.");
            }
        }
        capped(closed, "more companies have reported the year they guided; the total still counts their plans");
        List<String> centrals = new ArrayList<>();
        for (GuidanceLine g : guidance) {
            if (g.centralKind() != CentralKind.STATED) {
                String what = switch (g.centralKind()) {
                    case MIDPOINT -> "its midpoint";
                    case AT_LEAST -> "its floor";
                    case AT_MOST -> "its ceiling";
                    case STATED, ANNUAL_AVERAGE -> g.centralKind().label();
                };
                centrals.add(g.company().name() + " " + g.period().label() + " guidance " + g.label() + " counts at "
                        + what + " (" + MoneyFormat.number(g.central(), 2) + "B) in totals.");
            }
        }
        capped(centrals, "more ranges count at their midpoint and floors or ceilings at their bound in totals");
    }

    /** Adds the first {@link #DETAIL_LIMIT} notes and one line for the rest, so 20,000 companies stay readable. */
    private void capped(List<String> notes, String rest) {
        lines.addAll(notes.subList(0, Math.min(DETAIL_LIMIT, notes.size())));
        if (notes.size() > DETAIL_LIMIT) {
            lines.add(String.format(Locale.ROOT, "%,d %s.", notes.size() - DETAIL_LIMIT, rest));
        }
    }

    private static String monthYear(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
    }

    List<String> lines() {
        return lines;
    }
}
