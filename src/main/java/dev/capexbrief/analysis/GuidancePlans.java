package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns guidance chains into the briefing's guidance lines, revisions and week items. */
final class GuidancePlans {
    private final Converter convert;
    private final String currency;
    private final Map<String, CompanyProfile> profiles;
    private final Map<String, Map<String, AnnualCapex>> actuals;
    private final List<MarketReaction> reactions;

    private final LocalDate asOf;

    GuidancePlans(Converter convert, String currency, Map<String, CompanyProfile> profiles,
                  Map<String, Map<String, AnnualCapex>> actuals, List<MarketReaction> reactions, LocalDate asOf) {
        this.asOf = asOf;
        this.convert = convert;
        this.currency = currency;
        this.profiles = profiles;
        this.actuals = actuals;
        this.reactions = reactions;
    }

    /**
     * Each company's current guidance for the focus year on its headline basis, largest first: its
     * fiscal-year plan, or, for a company whose fiscal year does not end in December and that guides
     * the calendar year instead (Microsoft's calendar 2026), that calendar-year plan.
     */
    List<GuidanceLine> focus(Map<GuidanceBook.Key, List<Figure>> chains, int year) {
        List<GuidanceLine> out = new ArrayList<>();
        chains.forEach((k, chain) -> {
            CompanyProfile p = profiles.get(k.company());
            if (isFocus(k, chains, year)) {
                out.add(line(p, chain, chain.size() - 1));
            }
        });
        out.sort(Comparator.comparing(GuidanceLine::central).reversed().thenComparing(g -> g.company().id()));
        return out;
    }

    /** Current guidance for anything else: later years, open quarters, multi-year plans, other metrics. */
    List<GuidanceLine> others(Map<GuidanceBook.Key, List<Figure>> chains, int year) {
        List<GuidanceLine> out = new ArrayList<>();
        chains.forEach((k, chain) -> {
            CompanyProfile p = profiles.get(k.company());
            Period period = k.period();
            if (isFocus(k, chains, year) || reported(k)) {
                return;
            }
            boolean current = true;
            if (period instanceof Period.FiscalYear fy) {
                current = fy.year() >= year;
            } else if (period instanceof Period.Span s) {
                current = s.to().year() >= year;
            }
            if (current) {
                out.add(line(p, chain, chain.size() - 1));
            }
        });
        out.sort(Comparator.comparing((GuidanceLine g) -> g.period().end(g.company().company().fiscalYearEnd()))
                .thenComparing(g -> g.company().id()));
        return out;
    }

    /** The focus year's fiscal plan on the basis, or a calendar-year plan standing in for a missing one. */
    private boolean isFocus(GuidanceBook.Key k, Map<GuidanceBook.Key, List<Figure>> chains, int year) {
        CompanyProfile p = profiles.get(k.company());
        if (!k.metric().equals(p.basis())) {
            return false;
        }
        if (k.period().equals(new Period.FiscalYear(year))) {
            return true;
        }
        return k.period().equals(new Period.CalendarYear(year)) && !p.company().calendarFiscalYear()
                && chains.keySet().stream().noneMatch(o -> o.company().equals(k.company()) && o.metric().equals(k.metric())
                && o.period().equals(new Period.FiscalYear(year)));
    }

    /** True when an actual for the guided period is already public on the same metric. */
    private boolean reported(GuidanceBook.Key k) {
        AnnualCapex a = actuals.get(k.company()).get(k.metric());
        if (a == null) {
            return false;
        }
        if (k.period() instanceof Period.FiscalYear fy) {
            return a.year(fy.year()).isPresent();
        }
        if (k.period() instanceof Period.FiscalQuarter fq) {
            return a.hasQuarter(fq);
        }
        return false;
    }

    GuidanceLine line(CompanyProfile p, List<Figure> chain, int index) {
        Figure f = chain.get(index);
        Amount amount = convert.amount(f);
        BigDecimal central = amount.central();
        CentralKind centralKind = CentralKind.of(amount);
        BigDecimal average = null;
        String amountLabel = MoneyFormat.amount(amount, Converter.stated(f), currency);
        String label = amountLabel;
        if (f.period() instanceof Period.Span s) {
            average = central.divide(BigDecimal.valueOf(s.years()), MathContext.DECIMAL64);
            // a floor's average is a floor too; no parentheses, so the label nests in prose's own
            Qualifier each = amount instanceof Amount.Bound ? amount.qualifier() : Qualifier.ABOUT;
            label = label + " for " + s.from().label() + "\u2013" + s.to().label() + ", "
                    + MoneyFormat.qualified(average, MoneyFormat.decimals(average), each, currency) + " a year";
        } else if (!p.fiscalNote().isEmpty() && f.period() instanceof Period.CalendarYear cy) {
            label = label + " (calendar " + cy.year() + ")";
        } else if (!p.fiscalNote().isEmpty()) {
            label = label + " (" + p.fiscalNote() + ")";
        }
        String stated = f.currency().equals(currency) || !f.unit().isMoney() ? label
                : MoneyFormat.amount(Converter.stated(f), f.currency());
        Period prior = null;
        YearActual priorYear = null;
        YearActual outturnYear = null;
        if (f.period() instanceof Period.FiscalYear fy) {
            prior = new Period.FiscalYear(fy.year() - 1);
            AnnualCapex a = actuals.get(p.id()).get(f.metric());
            if (a != null) {
                priorYear = a.year(fy.year() - 1).map(YearActual::of).orElse(null);
                outturnYear = a.year(fy.year()).filter(y -> !y.partial()).map(YearActual::of).orElse(null);
            }
        } else if (f.period() instanceof Period.CalendarYear cy) {
            // a calendar-year plan against the calendar year before it, summed from fiscal quarters
            prior = new Period.CalendarYear(cy.year() - 1);
            AnnualCapex a = actuals.get(p.id()).get(f.metric());
            if (a != null) {
                for (CalendarYearActual c : a.calendarYears(p)) {
                    if (c.year() == cy.year() - 1) {
                        priorYear = YearActual.summed(c.value());
                    } else if (c.year() == cy.year()) {
                        outturnYear = YearActual.summed(c.value());
                    }
                }
            }
        }
        BigDecimal priorActual = priorYear == null ? null : priorYear.value();
        BigDecimal outturn = outturnYear == null ? null : outturnYear.value();
        BigDecimal growth = null;
        if (priorActual != null && priorActual.signum() > 0) {
            growth = (outturn != null ? outturn : central).divide(priorActual, MathContext.DECIMAL64).subtract(BigDecimal.ONE);
        }
        Figure before = GuidanceBook.previousDifferent(chain, index);
        GuidanceLine previous = before == null ? null : line(p, chain, chain.indexOf(before));
        return new GuidanceLine(p, f.metric(), f.period(), amount, central, centralKind, label, stated, prior,
                priorActual, growth, previous, f.announced(), f.source(), f.note(), null, average, outturn,
                f.confidence(), priorYear == null ? null : priorYear.confidence(), null, f.footnote(),
                ended(p, f.period(), outturn), amountLabel, Converter.stated(f),
                priorYear == null ? 0 : priorYear.decimals(), priorYear == null ? null : priorYear.qualifier(),
                outturnYear == null ? 0 : outturnYear.decimals(), outturnYear == null ? null : outturnYear.qualifier());
    }

    /**
     * A year's actual as a plan is compared with it: a fiscal year as its year decided its decimals and
     * qualifier, a calendar year summed from fiscal quarters as a computed amount.
     */
    private record YearActual(BigDecimal value, int decimals, Qualifier qualifier, Confidence confidence) {
        static YearActual of(AnnualActual a) {
            return new YearActual(a.value(), a.decimals(), a.qualifier(), a.confidence());
        }

        static YearActual summed(BigDecimal value) {
            return new YearActual(value, MoneyFormat.decimals(value), Qualifier.EXACT, null);
        }
    }

    /** The end of a plan's period when it has passed with no actual public yet, else null. */
    private LocalDate ended(CompanyProfile p, Period period, BigDecimal outturn) {
        if (asOf == null || outturn != null || period instanceof Period.FiscalQuarter) {
            return null;
        }
        LocalDate end = period.end(p.company().fiscalYearEnd());
        return end.isBefore(asOf) ? end : null;
    }

    /** Every change of guidance, newest first. */
    List<Revision> revisions(Map<GuidanceBook.Key, List<Figure>> chains) {
        List<Revision> out = new ArrayList<>();
        chains.forEach((k, chain) -> {
            CompanyProfile p = profiles.get(k.company());
            for (int i = 1; i < chain.size(); i++) {
                if (!GuidanceBook.sameAmount(chain.get(i - 1), chain.get(i))) {
                    out.add(revision(p, chain.get(i - 1), chain.get(i)));
                }
            }
        });
        out.sort(Comparator.comparing(Revision::toDate).reversed().thenComparing(r -> r.company().id()));
        return out;
    }

    private Revision revision(CompanyProfile p, Figure from, Figure to) {
        BigDecimal a = convert.central(from);
        BigDecimal b = convert.central(to);
        BigDecimal change = b.subtract(a);
        BigDecimal pct = a.signum() == 0 ? null : change.divide(a, MathContext.DECIMAL64);
        return new Revision(p, to.metric(), to.period(), convert.label(from, currency),
                convert.label(to, currency), a, b, change, pct, from.announced(), to.announced(),
                from.source(), to.source(), reaction(p, to.announced()), from.confidence(), to.confidence(),
                to.footnote(), MoneyFormat.decimals(convert.amount(from), Converter.stated(from)),
                MoneyFormat.decimals(convert.amount(to), Converter.stated(to)),
                MoneyFormat.changeDecimals(change, MoneyFormat.precision(Converter.stated(from)),
                        MoneyFormat.precision(Converter.stated(to))),
                Growths.Bound.of(to.amount().qualifier(), from.amount().qualifier()));
    }

    /** The share-price move reported on the announcement day or the next two days, first one found. */
    private MarketReaction reaction(CompanyProfile p, LocalDate day) {
        return reactions.stream().filter(r -> r.company().id().equals(p.id()))
                .filter(r -> !r.date().isBefore(day) && !r.date().isAfter(day.plusDays(2)))
                .min(Comparator.comparing(MarketReaction::date)).orElse(null);
    }

    /** Figures announced between {@code from} and {@code to} (inclusive), guidance first. */
    List<WeekItem> week(Map<GuidanceBook.Key, List<Figure>> chains, Map<String, List<Figure>> byCompany,
                        LocalDate from, LocalDate to) {
        List<WeekItem> out = new ArrayList<>();
        chains.forEach((k, chain) -> {
            CompanyProfile p = profiles.get(k.company());
            for (int i = 0; i < chain.size(); i++) {
                Figure f = chain.get(i);
                if (f.announced().isBefore(from) || f.announced().isAfter(to)) {
                    continue;
                }
                WeekItem.Status status;
                Revision revision = null;
                if (i == 0) {
                    status = WeekItem.Status.NEW;
                } else if (GuidanceBook.sameAmount(chain.get(i - 1), f)) {
                    status = WeekItem.Status.REITERATED;
                } else {
                    status = WeekItem.Status.REVISED;
                    revision = revision(p, chain.get(i - 1), f);
                }
                out.add(new WeekItem(p, f.metric(), Kind.GUIDANCE, f.period(), label(p, f), f.announced(), status,
                        revision, reaction(p, f.announced()), f.source(), f.confidence()));
            }
        });
        byCompany.forEach((id, figures) -> {
            CompanyProfile p = profiles.get(id);
            for (Figure f : figures) {
                if (f.kind() == Kind.ACTUAL && f.isCapex() && f.announcedStated()
                        && !f.announced().isBefore(from) && !f.announced().isAfter(to)) {
                    out.add(new WeekItem(p, f.metric(), Kind.ACTUAL, f.period(),
                            convert.label(f, currency), f.announced(), WeekItem.Status.ACTUAL, null,
                            reaction(p, f.announced()), f.source(), f.confidence()));
                }
            }
        });
        out.sort(Comparator.comparing(WeekItem::kind).reversed().thenComparing(WeekItem::announced)
                .thenComparing(w -> w.company().id()).thenComparing(w -> w.period().label()));
        return out;
    }

    private String label(CompanyProfile p, Figure f) {
        return convert.label(f, currency);
    }
}
