package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ratios stage: each company's headline capex against another line it reports, over three spans
 * ({@link RatioWindow}) anchored on its capex: the latest reported quarter, the trailing twelve months
 * (the four quarters ending with it, only when all four are reported for both lines) and the latest
 * complete fiscal year. One {@link CapexRatio} per definition, company and span where both lines
 * exist, each with the same ratio a year earlier; then the group figures and the companies' own free
 * cash flow. A new ratio is one line in {@link #DEFINITIONS} (and its columns in the briefing's cash tables).
 */
final class Ratios {
    /** The metric of the companies' own free cash flow. */
    static final String FREE_CASH_FLOW = "free_cash_flow";

    /**
     * A ratio: capex ÷ the first of {@code metrics} the company reports (so one line per company,
     * the same in every span), each metric named in words by {@code labels}.
     */
    record Definition(String id, List<String> metrics, List<String> labels) {
        Definition {
            metrics = List.copyOf(metrics);
            labels = List.copyOf(labels);
        }

        String label(String metric) {
            return labels.get(metrics.indexOf(metric));
        }
    }

    /**
     * Depreciation of PP&amp;E comes first: it is what capex turns into, and what Alphabet and
     * Microsoft report; depreciation &amp; amortization (Amazon's cash-flow line) is a wider line,
     * not comparable with it, used only where a company reports no other.
     */
    static final List<Definition> DEFINITIONS = List.of(
            new Definition("capex-to-revenue", List.of("revenue"), List.of("revenue")),
            new Definition(CapexRatios.CASH_COVER, List.of("operating_cash_flow"), List.of("operating cash flow")),
            new Definition("capex-to-depreciation", List.of("depreciation_ppe", "depreciation_amortization"),
                    List.of("depreciation of PP&E", "depreciation & amortization")));

    private Ratios() {
    }

    /**
     * @param history   every company's annual series (headline and other bases)
     * @param quarterly each company's quarters on its headline basis
     * @param others    each company's non-capex money metrics (revenue, operating cash flow, ...)
     */
    static CapexRatios of(List<AnnualSeries> history, List<QuarterSeries> quarterly,
                          Map<String, Map<String, AnnualCapex>> others) {
        QuarterCalendar calendar = new QuarterCalendar();
        Map<String, QuarterSeries> quartersById = new HashMap<>();
        quarterly.forEach(q -> quartersById.put(q.company().id(), q));
        List<CapexRatio> all = new ArrayList<>();
        List<PublishedCashFlow> published = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            for (AnnualSeries s : history) {
                Map<String, AnnualCapex> lines = others.get(s.company().id());
                if (!s.headline() || lines == null) {
                    continue;
                }
                Optional<String> metric = d.metrics().stream().filter(lines::containsKey).findFirst();
                if (metric.isPresent()) {
                    Line capex = Line.capex(s, quartersById.get(s.company().id()));
                    Line base = Line.of(lines.get(metric.get()), calendar);
                    all.addAll(new Spans(d, metric.get(), s.company(), calendar).ratios(capex, base));
                }
            }
        }
        // each company's span ends, as its ratios are anchored: one per company and span
        Map<String, Map<RatioWindow, Period>> spans = new HashMap<>();
        all.forEach(r -> spans.computeIfAbsent(r.company().id(), k -> new java.util.EnumMap<>(RatioWindow.class))
                .putIfAbsent(r.window(), r.period()));
        for (AnnualSeries s : history) {
            Map<String, AnnualCapex> lines = others.get(s.company().id());
            Map<RatioWindow, Period> ends = spans.get(s.company().id());
            if (s.headline() && lines != null && ends != null && lines.containsKey(FREE_CASH_FLOW)) {
                published.addAll(published(s.company(), lines.get(FREE_CASH_FLOW), ends, calendar));
            }
        }
        return new CapexRatios(all, groups(all), published);
    }

    /** The company's own free cash flow for each span it has a ratio for, where it publishes one for that span. */
    private static List<PublishedCashFlow> published(CompanyProfile p, AnnualCapex fcf, Map<RatioWindow, Period> ends,
                                                     QuarterCalendar calendar) {
        Line line = Line.of(fcf, calendar);
        String note = fcf.latestNote();
        String definition = note.contains(";") ? note.substring(0, note.indexOf(';')).strip() : note.strip();
        List<PublishedCashFlow> out = new ArrayList<>();
        ends.forEach((w, period) -> line.over(w, period)
                .ifPresent(v -> out.add(new PublishedCashFlow(p, w, period, v, definition))));
        return out;
    }

    /**
     * Each definition and span summed over the companies with both lines, two or more; for a ratio
     * with more than one possible line (depreciation), over the companies of the line most of them
     * report (the definition's first on a tie), so two lines are never added together.
     */
    private static List<RatioGroup> groups(List<CapexRatio> all) {
        List<RatioGroup> out = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            for (RatioWindow w : RatioWindow.values()) {
                List<CapexRatio> members = all.stream().filter(r -> r.id().equals(d.id()) && r.window() == w).toList();
                String metric = null;
                long most = 0;
                for (String m : d.metrics()) {
                    long n = members.stream().filter(r -> r.baseMetric().equals(m)).count();
                    if (n > most) {
                        most = n;
                        metric = m;
                    }
                }
                if (most < 2) {
                    continue;
                }
                String line = metric;
                List<CapexRatio> same = members.stream().filter(r -> r.baseMetric().equals(line)).toList();
                BigDecimal capex = BigDecimal.ZERO;
                BigDecimal base = BigDecimal.ZERO;
                Confidence grade = Confidence.VERIFIED;
                for (CapexRatio r : same) {
                    capex = capex.add(r.capex().value());
                    base = base.add(r.base().value());
                    grade = Confidence.weakest(grade, r.confidence());
                }
                out.add(new RatioGroup(d.id(), w, line, d.label(line), same.stream().map(CapexRatio::company).toList(),
                        capex, base, divide(capex, base), grade));
            }
        }
        return out;
    }

    /** a ÷ b, or null when b is not above zero. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return b.signum() > 0 ? a.divide(b, MathContext.DECIMAL64) : null;
    }

    /** One definition's ratios for one company: each span anchored on its capex, with a year earlier. */
    private record Spans(Definition d, String metric, CompanyProfile company, QuarterCalendar calendar) {
        List<CapexRatio> ratios(Line capex, Line base) {
            List<CapexRatio> out = new ArrayList<>();
            capex.latestQuarter().ifPresent(q -> {
                ratio(RatioWindow.QUARTER, q, capex, base, shift(q, -4)).ifPresent(out::add);
                ratio(RatioWindow.TRAILING_TWELVE_MONTHS, q, capex, base, shift(q, -4)).ifPresent(out::add);
            });
            capex.latestYear().ifPresent(y -> ratio(RatioWindow.FISCAL_YEAR, y, capex, base,
                    new Period.FiscalYear(y.year() - 1)).ifPresent(out::add));
            return out;
        }

        /** The span's ratio where both lines have it, with the same span a year earlier ({@code before}). */
        private Optional<CapexRatio> ratio(RatioWindow w, Period period, Line capex, Line base, Period before) {
            return build(w, period, capex, base, build(w, before, capex, base, null).orElse(null));
        }

        private Optional<CapexRatio> build(RatioWindow w, Period period, Line capex, Line base, CapexRatio earlier) {
            Optional<CapexRatio.Reading> c = capex.over(w, period);
            Optional<CapexRatio.Reading> b = base.over(w, period);
            if (c.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CapexRatio(d.id(), metric, d.label(metric), company, w, period, months(w, period),
                    c.get(), b.get(), divide(c.get().value(), b.get().value()), earlier));
        }

        /** "Apr–Jun 2026" for a quarter, "Jul 2025–Jun 2026" for the twelve months to it or a fiscal year. */
        private String months(RatioWindow w, Period period) {
            Month fye = company.company().fiscalYearEnd();
            if (w == RatioWindow.QUARTER) {
                return calendar.of((Period.FiscalQuarter) period, fye).label();
            }
            LocalDate start = w == RatioWindow.FISCAL_YEAR ? period.start(fye)
                    : shift((Period.FiscalQuarter) period, -3).start(fye);
            return Ratios.months(start, period.end(fye));
        }
    }

    static Period.FiscalQuarter shift(Period.FiscalQuarter q, int quarters) {
        int ordinal = q.ordinal() + quarters;
        return new Period.FiscalQuarter(Math.floorDiv(ordinal, 4), Math.floorMod(ordinal, 4) + 1);
    }

    /** "Jan–Dec 2025", "Jul 2025–Jun 2026". */
    static String months(LocalDate start, LocalDate end) {
        String from = start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String to = end.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + end.getYear();
        return (start.getYear() == end.getYear() ? from : from + " " + start.getYear()) + "\u2013" + to;
    }

    /** One line's quarters and complete fiscal years, read over a span. */
    private record Line(Map<Integer, CapexRatio.Reading> quarters, Map<Integer, CapexRatio.Reading> years,
                        Period.FiscalQuarter last, Period.FiscalYear lastYear) {

        /** Capex on the headline basis: its annual series and its quarters. */
        static Line capex(AnnualSeries s, QuarterSeries q) {
            Map<Integer, CapexRatio.Reading> quarters = new HashMap<>();
            Period.FiscalQuarter last = null;
            if (q != null) {
                for (QuarterActual a : q.quarters()) {
                    quarters.put(a.quarter().ordinal(), CapexRatio.Reading.of(a));
                    last = a.quarter();
                }
            }
            return new Line(quarters, years(s.years()), last, lastYear(s.years()));
        }

        static Line of(AnnualCapex line, QuarterCalendar calendar) {
            Map<Integer, CapexRatio.Reading> quarters = new HashMap<>();
            for (QuarterActual a : line.quarters(calendar)) {
                quarters.put(a.quarter().ordinal(), CapexRatio.Reading.of(a));
            }
            return new Line(quarters, years(line.years()), null, lastYear(line.years()));
        }

        private static Map<Integer, CapexRatio.Reading> years(List<AnnualActual> years) {
            Map<Integer, CapexRatio.Reading> out = new HashMap<>();
            for (AnnualActual a : years) {
                if (!a.partial()) {
                    out.put(a.year().year(), new CapexRatio.Reading(a.value(), a.confidence(), a.provenance(),
                            a.decimals()));
                }
            }
            return out;
        }

        private static Period.FiscalYear lastYear(List<AnnualActual> years) {
            Period.FiscalYear last = null;
            for (AnnualActual a : years) {
                if (!a.partial()) {
                    last = a.year();
                }
            }
            return last;
        }

        Optional<Period.FiscalQuarter> latestQuarter() {
            return Optional.ofNullable(last);
        }

        Optional<Period.FiscalYear> latestYear() {
            return Optional.ofNullable(lastYear);
        }

        /** The value over the span ending with {@code period}: its quarter, its four quarters summed, or its year. */
        Optional<CapexRatio.Reading> over(RatioWindow w, Period period) {
            if (w == RatioWindow.FISCAL_YEAR) {
                return Optional.ofNullable(years.get(((Period.FiscalYear) period).year()));
            }
            Period.FiscalQuarter q = (Period.FiscalQuarter) period;
            if (w == RatioWindow.QUARTER) {
                return Optional.ofNullable(quarters.get(q.ordinal()));
            }
            BigDecimal sum = BigDecimal.ZERO;
            Confidence grade = Confidence.VERIFIED;
            for (int k = 0; k < 4; k++) {
                CapexRatio.Reading r = quarters.get(q.ordinal() - k);
                if (r == null) {
                    return Optional.empty();
                }
                sum = sum.add(r.value());
                grade = Confidence.weakest(grade, r.confidence());
            }
            return Optional.of(new CapexRatio.Reading(sum, grade, null));
        }
    }
}
