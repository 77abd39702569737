package dev.capexbrief.render.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether an exhibit is worth a chart: a comparison needs at least two companies (bars, or lines
 * over time), a line at least two points in time, an annual history at least three fiscal years
 * (two are a step, drawn as a line across an otherwise empty plot), and quarterly capex at least
 * one company with three quarters (a line of two is a step, not a trend). An exhibit with less is
 * written as a sentence instead, saying in plain words what there is, with its figures, and why
 * there is no chart.
 */
final class Drawable {
    /** Fiscal years an annual history needs to be drawn. */
    static final int MIN_YEARS = 3;
    /** Quarters the longest line of a quarterly exhibit needs for it to be drawn. */
    static final int MIN_QUARTERS = 3;
    /** Companies a sentence names one by one; the rest are counted (the table below has them all). */
    private static final int NAMED = 4;
    private static final String ONE_COMPANY = " With one company there is nothing to compare, so there is no chart.";

    private Drawable() {
    }

    static boolean enough(Exhibit e) {
        if (e.kind() == ChartKind.RANGE_BARS || e.kind() == ChartKind.COMPANY_BARS) {
            return filled(e).size() >= 2;
        }
        if (e.kind() == ChartKind.QUARTER_LINES) {
            return companies(e).size() >= 2 && longest(e) >= MIN_QUARTERS;
        }
        int points = e.kind() == ChartKind.ANNUAL_LINES ? MIN_YEARS : 2;
        return companies(e).size() >= 2 && filled(e).size() >= points;
    }

    /** The figures a sentence quotes that the exhibit's points carry as numbers only, as the tables print them. */
    interface Figures {
        /** A company's latest complete fiscal year ("$21.0B"), or "". */
        String latestYear(String companyId);

        /** A company's quarter that ends in the calendar quarter {@code ordinal} ("$35.7B"), or "". */
        String quarter(String companyId, int ordinal);

        /** Whether a company's latest quarter is stale (two or more behind the others' latest). */
        boolean stale(String companyId);
    }

    /**
     * The exhibit in words, for when it is too little to draw.
     *
     * @param figures the companies' figures as the tables print them ("over $21B")
     * @param focus   the year the briefing's plans are for ("FY2026"): the ladder draws only those
     */
    static String sentence(Exhibit e, Figures figures, String focus) {
        return switch (e.kind()) {
            case RANGE_BARS, COMPANY_BARS -> bar(e);
            case QUARTER_LINES -> quarters(e, figures);
            case ANNUAL_LINES -> years(e, figures::latestYear);
            case STEP_LADDER -> ladder(e, focus);
        };
    }

    /** The one bar: who, what it measures, and its label's figure and detail (growth, period or comparison). */
    private static String bar(Exhibit e) {
        List<Integer> at = filled(e);
        if (at.isEmpty()) {
            return "No company has a figure for this yet, so there is no chart.";
        }
        String name = e.categories().get(at.get(0)).label();
        BarLabel label = e.series().get(0).barLabel(at.get(0));
        String figure = label == null ? "" : label.figure();
        String detail = label == null ? "" : label.detail();
        String what = switch (e.id()) {
            case "guidance" -> "Only " + name + " has stated its " + e.series().get(0).name() + " so far: " + figure;
            case "run-rate" -> "Only " + name + " has a current quarter to annualise: a run rate of " + figure
                    + " a year" + (detail.isEmpty() ? "" : ", " + detail);
            case RatioExhibits.INTENSITY_ID -> "Only " + name + " reports revenue beside capex: capex was " + figure
                    + " of its " + detail + " revenue";
            case RatioExhibits.COVER_ID -> "Only " + name + " reports operating cash flow beside capex: capex was "
                    + figure + " of it (" + detail + ")";
            case RatioExhibits.FREE_CASH_FLOW_ID -> "Only " + name
                    + " reports operating cash flow beside capex: free cash flow after capex was " + figure + " ("
                    + detail + ")";
            default -> "Only " + name + " has a figure: " + figure + (detail.isEmpty() ? "" : ", " + detail);
        };
        return what + "." + ONE_COMPANY;
    }

    private static String quarters(Exhibit e, Figures figures) {
        List<Series> lines = drawn(e);
        if (lines.size() == 1) {
            Series s = lines.get(0);
            String latest = figure(s, s.name()) + " in " + e.categories().get(labelled(s)).label();
            return (filled(e).size() == 1 ? "Only " + s.name() + " has reported a quarter: " + latest
                    : "Only " + s.name() + " reports quarterly capex: " + latest + ", its latest") + "." + ONE_COMPANY;
        }
        if (filled(e).size() == 1) {
            List<String> each = lines.stream().map(s -> s.name() + " " + figure(s, s.name())).toList();
            return "Only one quarter is reported so far, " + e.categories().get(filled(e).get(0)).label() + ": "
                    + list(each, ", ") + ". With one quarter there is no line to draw, so there is no chart.";
        }
        // quarters apart, but no line long enough to be a trend: each company's quarters, in words
        List<String> each = new ArrayList<>();
        for (Series s : lines) {
            List<String> quarters = new ArrayList<>();
            for (int i = 0; i < s.values().size(); i++) {
                if (s.values().get(i) != null) {
                    Category c = e.categories().get(i);
                    quarters.add(figures.quarter(s.key(), (int) c.x()) + " in " + c.label());
                }
            }
            each.add(s.name() + " " + String.join(" and ", quarters) + (figures.stale(s.key()) ? " (stale)" : ""));
        }
        boolean two = longest(e) == 2;
        return (two ? "No company has reported more than two quarters yet: "
                : "Each company has reported one quarter so far: ") + list(each, "; ") + ". "
                + (two ? "Two quarters make a step, not a trend" : "One quarter each makes no line")
                + ", so there is no chart.";
    }

    private static String years(Exhibit e, Function<String, String> latestYear) {
        List<Series> actuals = drawn(e).stream().filter(s -> s.role() == Series.Role.ACTUAL).toList();
        List<String> years = filled(e).stream().map(i -> e.categories().get(i).label()).toList();
        List<String> each = new ArrayList<>();
        for (Series a : actuals) {
            // a list under "One fiscal year so far, FY2024" need not repeat the year
            String year = years.size() == 1 && actuals.size() > 1 ? "" : " in " + e.categories().get(last(a)).label();
            String plan = e.series().stream().filter(s -> s.key().equals(a.key()) && s.role() == Series.Role.PLAN)
                    .findFirst().map(s -> ", " + figure(s, a.name()) + " planned for "
                            + e.categories().get(labelled(s)).label()).orElse("");
            each.add(latestYear.apply(a.key()) + year + plan);
        }
        if (actuals.size() == 1) {
            Series a = actuals.get(0);
            boolean one = a.values().stream().filter(v -> v != null).count() == 1;
            return "Only " + a.name() + (one ? " has reported a complete fiscal year: "
                    : " has reported complete fiscal years, the latest ") + each.get(0) + "." + ONE_COMPANY;
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < actuals.size(); i++) {
            named.add(actuals.get(i).name() + " " + each.get(i));
        }
        String span = years.size() == 1 ? "One fiscal year so far, " + years.get(0)
                : "Two fiscal years so far, " + years.get(0) + " and " + years.get(1);
        return span + ": " + list(named, "; ") + ". " + (years.size() == 1 ? "One year makes" : "Two years make")
                + " no history to draw, so there is no chart; the table below has each company's years.";
    }

    private static String ladder(Exhibit e, String focus) {
        Series plan = e.series().stream().filter(s -> s.role() == Series.Role.PLAN).findFirst().orElseThrow();
        long said = e.series().stream().filter(s -> s.role() == Series.Role.ACTUAL)
                .flatMap(s -> s.values().stream()).filter(v -> v != null).count();
        // "a plan" would be untrue where others have plans for other years (a multi-year plan, last year's)
        return "Only " + plan.name() + " has stated " + (focus.startsWith("FY") ? "an " : "a ") + focus + " plan: "
                + figure(plan, plan.name()) + " now, "
                + (said == 1 ? "stated once" : "after " + said + " statements")
                + "; each change is in the table below." + ONE_COMPANY;
    }

    /** The figure of a line's direct label, less the company's name ("Amazon $35.1B" gives "$35.1B"). */
    private static String figure(Series s, String company) {
        String label = s.label(labelled(s));
        if (label == null) {
            return "";
        }
        return label.startsWith(company + " ") ? label.substring(company.length() + 1) : label;
    }

    /** The series' last point with a value. */
    private static int last(Series s) {
        for (int i = s.values().size() - 1; i >= 0; i--) {
            if (s.values().get(i) != null) {
                return i;
            }
        }
        return 0;
    }

    /** The series' last labelled point (a line is labelled at its latest), else its last value. */
    private static int labelled(Series s) {
        for (int i = s.values().size() - 1; i >= 0; i--) {
            if (s.label(i) != null) {
                return i;
            }
        }
        return last(s);
    }

    /** The most values any one series has. */
    private static long longest(Exhibit e) {
        return e.series().stream().mapToLong(s -> s.values().stream().filter(v -> v != null).count()).max()
                .orElse(0);
    }

    private static List<Series> drawn(Exhibit e) {
        return e.series().stream().filter(s -> s.values().stream().anyMatch(v -> v != null)).toList();
    }

    /** The companies with a value, in exhibit order. */
    private static Set<String> companies(Exhibit e) {
        Set<String> out = new LinkedHashSet<>();
        drawn(e).forEach(s -> out.add(s.key()));
        return out;
    }

    /** Categories where some series has a value. */
    private static List<Integer> filled(Exhibit e) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < e.categories().size(); i++) {
            final int at = i;
            if (e.series().stream().anyMatch(s -> at < s.values().size() && s.values().get(at) != null)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The first few items joined, the rest counted. */
    private static String list(List<String> items, String separator) {
        if (items.size() <= NAMED) {
            return String.join(separator, items);
        }
        return String.join(separator, items.subList(0, NAMED)) + separator + "and " + (items.size() - NAMED)
                + " more in the table below";
    }
}
