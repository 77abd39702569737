package dev.capexbrief.analysis;

import dev.capexbrief.dataset.FxRate;
import dev.capexbrief.dataset.Period;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The methodology notes every output prints: fiscal calendars, bases, FX, partial and derived years,
 * multi-year plans, closed years and what ranges and bounds count at. Each kind of note is worked
 * out by its own method, in reading order; per-company kinds are capped at {@link #DETAIL_LIMIT}.
 */
final class Footnotes {
    /** Per-company notes beyond this many per kind are summarised in one line. */
    static final int DETAIL_LIMIT = 12;

    private final List<String> lines = new ArrayList<>();

    /** {@code profiles} and {@code history} in briefing order, so capped notes name the companies the reader sees. */
    Footnotes(List<CompanyProfile> profiles, List<GuidanceLine> guidance, List<GuidanceLine> others,
              List<AnnualSeries> history, GroupTotal total, List<FxRate> fx, int focusYear,
              List<CalendarYearActual> calendarYears, String currency) {
        capped(calendars(profiles, focusYear, calendarYears),
                "more companies have fiscal years that do not end in December; their fiscal years are shown as reported");
        capped(bases(profiles), "more companies are compared on the basis of their guidance, or on their longest reported basis");
        lines.add(total.basisNote());
        lines.addAll(fxRates(fx));
        capped(partialYears(history),
                "more partial company-years (fewer than four quarters reported) are shown as partial and left out of growth rates");
        capped(derivedYears(history), "more companies have years derived from reported components");
        capped(multiYearPlans(others), "more multi-year plans are shown with their annual averages and never added to annual totals");
        capped(closedYears(guidance, currency), "more companies have reported the year they guided; totals count their reported actuals");
        capped(centrals(guidance, currency), "more ranges count at their midpoint and floors or ceilings at their bound in totals");
        lines.addAll(footnoted(guidance, others));
    }

    /** What the dataset says readers must be told about a plan in force (its {@code footnote}). */
    static List<String> footnoted(List<GuidanceLine> guidance, List<GuidanceLine> others) {
        List<String> out = new ArrayList<>();
        for (List<GuidanceLine> list : List.of(guidance, others)) {
            for (GuidanceLine g : list) {
                if (!g.footnote().isEmpty()) {
                    out.add(g.company().name() + "'s " + g.period().label() + " plan of " + g.label() + " ("
                            + g.announced() + "): " + g.footnote());
                }
            }
        }
        return out;
    }

    /** What the focus year means for each company whose fiscal year does not end in December. */
    static List<String> calendars(List<CompanyProfile> profiles, int focusYear, List<CalendarYearActual> calendarYears) {
        Map<String, List<String>> cysById = new HashMap<>();
        calendarYears.forEach(c -> cysById.computeIfAbsent(c.company().id(), k -> new ArrayList<>()).add("CY" + c.year()));
        Period.FiscalYear fy = new Period.FiscalYear(focusYear);
        List<String> out = new ArrayList<>();
        for (CompanyProfile p : profiles) {
            if (p.company().calendarFiscalYear()) {
                continue;
            }
            List<String> cys = cysById.getOrDefault(p.id(), List.of());
            out.add(p.name() + " " + fy.label() + " = " + monthYear(fy.start(p.company().fiscalYearEnd())) + " \u2013 "
                    + monthYear(fy.end(p.company().fiscalYearEnd())) + " (fiscal year ends " + p.company().fiscalYearEndName()
                    + "); its fiscal years are shown as reported, not converted to calendar years"
                    + (cys.isEmpty() ? "." : "; a calendar-year view from fiscal quarters is given for "
                    + String.join(", ", cys) + "."));
        }
        return out;
    }

    /** The basis each company is compared on. */
    static List<String> bases(List<CompanyProfile> profiles) {
        Set<String> bases = new LinkedHashSet<>();
        for (CompanyProfile p : profiles) {
            if (!p.basis().isEmpty()) {
                bases.add(p.name() + " is compared on " + p.basisLabel() + ", the basis of its guidance.");
            }
        }
        return new ArrayList<>(bases);
    }

    static List<String> fxRates(List<FxRate> fx) {
        List<String> out = new ArrayList<>();
        for (FxRate r : fx) {
            out.add(r.currency() + " converted at " + r.usdPerUnit().toPlainString() + " USD per " + r.currency()
                    + " (as of " + r.asOf() + (r.source().isEmpty() ? "" : "; " + r.source()) + ").");
        }
        return out;
    }

    /** One line per partial year on a headline basis. */
    static List<String> partialYears(List<AnnualSeries> history) {
        List<String> out = new ArrayList<>();
        for (AnnualSeries s : history) {
            if (!s.headline()) {
                continue;
            }
            for (AnnualActual a : s.years()) {
                if (a.provenance() instanceof Provenance.PartialYear partial) {
                    out.add(s.company().name() + " " + a.year().label() + " has " + partial.quarters()
                            + " of 4 quarters reported; shown as a partial year and left out of growth rates.");
                }
            }
        }
        return out;
    }

    /** One line per company with derived years on its headline basis, saying how (as the latest derived year was). */
    static List<String> derivedYears(List<AnnualSeries> history) {
        List<String> out = new ArrayList<>();
        for (AnnualSeries s : history) {
            if (!s.headline()) {
                continue;
            }
            List<String> years = new ArrayList<>();
            String how = "";
            for (AnnualActual a : s.years()) {
                if (a.provenance() instanceof Provenance.Derived derived) {
                    years.add(a.year().label());
                    how = derived.how();
                }
            }
            if (!years.isEmpty()) {
                out.add(s.company().name() + " " + String.join(", ", years) + " on its headline basis "
                        + (years.size() == 1 ? "is " : "are ") + how + ".");
            }
        }
        return out;
    }

    static List<String> multiYearPlans(List<GuidanceLine> others) {
        List<String> out = new ArrayList<>();
        for (GuidanceLine g : others) {
            if (g.annualAverage() != null) {
                out.add(g.company().name() + "'s " + g.period().label() + " plan (" + g.statedLabel()
                        + ") is a multi-year total; it is shown with its annual average and never added to annual totals.");
            }
        }
        return out;
    }

    /** Focus-year plans whose year has closed with a reported actual: the total counts the actual. */
    static List<String> closedYears(List<GuidanceLine> guidance, String currency) {
        List<String> out = new ArrayList<>();
        for (GuidanceLine g : guidance) {
            if (g.outturn() != null) {
                out.add(g.company().name() + "'s " + g.period().label() + " has closed: it reported "
                        + g.outturnLabel(currency) + " on this basis against its last plan of "
                        + g.label() + "; totals, shares, growth and charts count the reported actual.");
            }
        }
        return out;
    }

    /** What each range or bound counts at in totals. */
    static List<String> centrals(List<GuidanceLine> guidance, String currency) {
        List<String> out = new ArrayList<>();
        for (GuidanceLine g : guidance) {
            if (g.centralKind() != CentralKind.STATED) {
                String what = switch (g.centralKind()) {
                    case MIDPOINT -> "its midpoint";
                    case AT_LEAST -> "its floor";
                    case AT_MOST -> "its ceiling";
                    case STATED, ANNUAL_AVERAGE -> g.centralKind().label();
                };
                out.add(g.company().name() + " " + g.period().label() + " guidance " + g.label() + " counts at "
                        + what + " (" + MoneyFormat.billions(g.central(), g.decimals(), currency) + ") in totals.");
            }
        }
        return out;
    }

    /** Adds the first {@link #DETAIL_LIMIT} notes and one line for the rest, so 20,000 companies stay readable. */
    private void capped(List<String> notes, String rest) {
        lines.addAll(notes.subList(0, Math.min(DETAIL_LIMIT, notes.size())));
        if (notes.size() > DETAIL_LIMIT) {
            lines.add(String.format(Locale.ROOT, "%,d %s.", notes.size() - DETAIL_LIMIT, rest));
        }
    }

    static String monthYear(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
    }

    List<String> lines() {
        return lines;
    }
}
