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
    private final List<String> lines = new ArrayList<>();

    Footnotes(List<CompanyProfile> profiles, List<GuidanceLine> guidance, List<GuidanceLine> others,
              List<AnnualSeries> history, GroupTotal total, List<FxRate> fx, int focusYear,
              List<CalendarYearActual> calendarYears) {
        for (CompanyProfile p : profiles) {
            if (!p.company().calendarFiscalYear()) {
                Period.FiscalYear fy = new Period.FiscalYear(focusYear);
                List<String> cys = calendarYears.stream().filter(c -> c.company().id().equals(p.id()))
                        .map(c -> "CY" + c.year()).toList();
                lines.add(p.name() + " " + fy.label() + " = " + monthYear(fy.start(p.company().fiscalYearEnd())) + " \u2013 "
                        + monthYear(fy.end(p.company().fiscalYearEnd())) + " (fiscal year ends " + p.company().fiscalYearEndName()
                        + "); its fiscal years are shown as reported, not converted to calendar years"
                        + (cys.isEmpty() ? "." : "; a calendar-year view from fiscal quarters is given for "
                        + String.join(", ", cys) + "."));
            }
        }
        Set<String> bases = new LinkedHashSet<>();
        for (CompanyProfile p : profiles) {
            if (!p.basis().isEmpty()) {
                bases.add(p.name() + " is compared on " + p.basisLabel() + " (" + p.basis() + "), the basis of its guidance.");
            }
        }
        lines.addAll(bases);
        lines.add(total.basisNote());
        for (FxRate r : fx) {
            lines.add(r.currency() + " converted at " + r.usdPerUnit().toPlainString() + " USD per " + r.currency()
                    + " (as of " + r.asOf() + (r.source().isEmpty() ? "" : "; " + r.source()) + ").");
        }
        for (AnnualSeries s : history) {
            if (!s.headline()) {
                continue;
            }
            List<String> derived = new ArrayList<>();
            String how = "";
            for (AnnualActual a : s.years()) {
                if (a.partial()) {
                    lines.add(s.company().name() + " " + a.year().label() + " has " + a.quarters()
                            + " of 4 quarters reported; shown as a partial year and left out of growth rates.");
                } else if (a.derived()) {
                    derived.add(a.year().label());
                    how = a.source();
                }
            }
            if (!derived.isEmpty()) {
                lines.add(s.company().name() + " " + String.join(", ", derived) + " on its headline basis "
                        + (derived.size() == 1 ? "is " : "are ") + how + ".");
            }
        }
        for (GuidanceLine g : others) {
            if (g.annualAverage() != null) {
                lines.add(g.company().name() + "'s " + g.period().label() + " plan (" + g.statedLabel()
                        + ") is a multi-year total; it is shown with its annual average and never added to annual totals.");
            }
        }
        for (GuidanceLine g : guidance) {
            if (!g.centralLabel().isEmpty()) {
                String what = switch (g.centralLabel()) {
                    case "midpoint" -> "its midpoint";
                    case "at least" -> "its floor";
                    case "at most" -> "its ceiling";
                    default -> g.centralLabel();
                };
                lines.add(g.company().name() + " " + g.period().label() + " guidance " + g.label() + " counts at "
                        + what + " (" + MoneyFormat.number(g.central(), 2) + "B) in totals.");
            }
        }
    }

    private static String monthYear(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
    }

    List<String> lines() {
        return lines;
    }
}
