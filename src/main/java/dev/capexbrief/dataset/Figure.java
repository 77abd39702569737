package dev.capexbrief.dataset;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the dataset: a company's actual or guided value of a metric for a period.
 *
 * @param line        line (CSV), or the figure's position (YAML, XLSX), for error messages
 * @param announced   the day the figure became public; for actuals without a date, the SEC filing deadline
 * @param announcedStated whether {@code announced} was given in the data or derived from the deadline
 * @param evidence    the filing an imported actual came from, its confidence grade and its footnote;
 *                    {@link Evidence#NONE} for a figure entered by hand without them
 */
public record Figure(long line, Company company, String metric, Kind kind, Period period, Amount amount,
                     String currency, Unit unit, LocalDate announced, boolean announcedStated,
                     String source, String note, Evidence evidence) {

    /**
     * What a figure rests on besides its source, kept apart so that the million rows of a large
     * dataset entered without filing references share one {@link #NONE} instead of five fields each.
     *
     * @param tag         the XBRL tag an imported actual was read from (e.g. {@code PaymentsToAcquirePropertyPlantAndEquipment}), or ""
     * @param form        the form of the filing it came from ({@code 10-Q}, {@code 10-K}, {@code 20-F}), or ""
     * @param accession   the filing's accession number ({@code 0001652044-25-000091}), or ""
     * @param confidence  how well the figure is evidenced
     * @param footnote    what a reader must be told wherever the figure is shown (e.g. that a lower plan
     *                    is an accounting change, not a spending cut), or ""
     */
    public record Evidence(String tag, String form, String accession, Confidence confidence, String footnote) {
        /** No filing references, no grade, no footnote. */
        public static final Evidence NONE = new Evidence("", "", "", Confidence.UNSTATED, "");

        public Evidence {
            tag = Objects.requireNonNullElse(tag, "");
            form = Objects.requireNonNullElse(form, "");
            accession = Objects.requireNonNullElse(accession, "");
            confidence = Objects.requireNonNullElse(confidence, Confidence.UNSTATED);
            footnote = Objects.requireNonNullElse(footnote, "");
        }

        /** The evidence, {@link #NONE} itself when it is none. */
        public static Evidence of(String tag, String form, String accession, Confidence confidence, String footnote) {
            Evidence e = new Evidence(tag, form, accession, confidence, footnote);
            return e.equals(NONE) ? NONE : e;
        }
    }

    public Figure {
        evidence = Objects.requireNonNullElse(evidence, Evidence.NONE);
    }

    /**
     * A figure with its filing references, grade and footnote.
     *
     * @param tag         the XBRL tag an imported actual was read from, or ""
     * @param form        the form of the filing it came from, or ""
     * @param accession   the filing's accession number, or ""
     * @param confidence  how well the figure is evidenced
     * @param footnote    what a reader must be told wherever the figure is shown, or ""
     */
    public Figure(long line, Company company, String metric, Kind kind, Period period, Amount amount,
                  String currency, Unit unit, LocalDate announced, boolean announcedStated,
                  String source, String note, String tag, String form, String accession, Confidence confidence,
                  String footnote) {
        this(line, company, metric, kind, period, amount, currency, unit, announced, announcedStated, source, note,
                Evidence.of(tag, form, accession, confidence, footnote));
    }

    /** A figure without filing references or a confidence grade (entered by hand). */
    public Figure(long line, Company company, String metric, Kind kind, Period period, Amount amount,
                  String currency, Unit unit, LocalDate announced, boolean announcedStated,
                  String source, String note) {
        this(line, company, metric, kind, period, amount, currency, unit, announced, announcedStated, source, note,
                Evidence.NONE);
    }

    /** The XBRL tag an imported actual was read from (e.g. {@code PaymentsToAcquirePropertyPlantAndEquipment}), or "". */
    public String tag() {
        return evidence.tag();
    }

    /** The form of the filing it came from ({@code 10-Q}, {@code 10-K}, {@code 20-F}), or "". */
    public String form() {
        return evidence.form();
    }

    /** The filing's accession number ({@code 0001652044-25-000091}), or "". */
    public String accession() {
        return evidence.accession();
    }

    /** How well the figure is evidenced. */
    public Confidence confidence() {
        return evidence.confidence();
    }

    /**
     * What a reader must be told wherever the figure is shown (e.g. that a lower plan is an accounting
     * change, not a spending cut), or "".
     */
    public String footnote() {
        return evidence.footnote();
    }

    public boolean isGuidance() {
        return kind == Kind.GUIDANCE;
    }

    /** Capex figures on any basis: {@code capex} or {@code capex_*}. */
    public boolean isCapex() {
        return metric.equals("capex") || metric.startsWith("capex_");
    }

    /**
     * The figure in its company's fiscal calendar ({@link Period#inFiscalYears}): a December-year
     * company's "CY2026" plan is its FY2026 plan, so it is compared, charted and revised as one.
     */
    public Figure inFiscalYears() {
        Period p = period.inFiscalYears(company.fiscalYearEnd());
        return p.equals(period) ? this : new Figure(line, company, metric, kind, p, amount, currency, unit, announced,
                announcedStated, source, note, evidence);
    }

    /** The same figure for another company record (the one the dataset settled on) and announcement day. */
    Figure with(Company c, LocalDate day) {
        return new Figure(line, c, metric, kind, period, amount, currency, unit, day, announcedStated, source, note,
                evidence);
    }
}
