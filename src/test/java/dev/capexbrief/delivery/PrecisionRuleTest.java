package dev.capexbrief.delivery;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every money and percentage label the user sees (PDF text, the workbook's cells as Excel shows them,
 * the email text) follows the one precision rule: billions to one decimal below 100 and whole from
 * 100 up, percentages to one decimal; units read "RMB B"; prose names no metric id and no count
 * disagrees with its noun.
 */
class PrecisionRuleTest {
    /** An amount label: prefix, digits, "B" ("$91.4B", "RMB 1,434B", "$60–65B"). */
    private static final Pattern MONEY = Pattern.compile("(\\$|RMB )(\\d[\\d,]*(?:\\.\\d+)?)(?:\u2013(\\d[\\d,]*(?:\\.\\d+)?))?B");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d+(?:\\.(\\d+))?)%");
    private static final Pattern METRIC_ID = Pattern.compile("\\bcapex_[a-z_]+");
    private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 (companies|sources|figures|weeks|quarters|plans|revisions)\\b");

    @TempDir
    Path dir;

    enum Case {
        BUNDLED_USD(null, "USD", LocalDate.of(2026, 9, 10)),
        BUNDLED_CNY(null, "CNY", LocalDate.of(2026, 9, 10)),
        NEXT_TIER("/datasets/next-tier.yaml", "USD", LocalDate.of(2025, 12, 10));

        final String dataset;
        final String currency;
        final LocalDate asOf;

        Case(String dataset, String currency, LocalDate asOf) {
            this.dataset = dataset;
            this.currency = currency;
            this.asOf = asOf;
        }
    }

    /** The PDF's text, the workbook's numeric cells as Excel shows them, and the email's text. */
    private record Outputs(String pdf, List<String> cells, String email) {
        /** Page one's takeaways and cards: the prose the briefing writes, no dataset quotes. */
        String front() {
            int from = pdf.indexOf("Key takeaways");
            int to = pdf.indexOf("This week", from);
            return pdf.substring(from, to);
        }
    }

    private Outputs write(Case c) throws Exception {
        Path data = c.dataset == null ? null : BriefingOutputs.copy(c.dataset, dir.resolve("data.yaml"));
        BriefingOutputs b = BriefingOutputs.write(dir, data, c.asOf, c.currency);
        // the cells that are not text: numbers, and formulas by their cached results
        List<String> cells = WorkbookText.cells(b.xlsx(),
                cell -> cell.getCellType() != CellType.STRING && cell.getCellType() != CellType.BLANK);
        return new Outputs(b.pdf(), cells, b.summary());
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void noLabelHasMorePrecisionThanTheRule(Case c) throws Exception {
        Outputs out = write(c);
        // each workbook cell is read with the two after it in row order (a restatement's was, now,
        // change); only the cell's own figures are checked there
        List<String> texts = new ArrayList<>();
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < out.cells().size(); i++) {
            texts.add(String.join(" ", out.cells().subList(i, Math.min(out.cells().size(), i + 3))));
            own.add(out.cells().get(i).length());
        }
        texts.add(out.pdf());
        own.add(out.pdf().length());
        texts.add(out.email());
        own.add(out.email().length());
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            Matcher m = MONEY.matcher(text);
            while (m.find() && m.start() < own.get(t)) {
                // a change too small for the rule shows the digits its first figure needs: "-$0.02B"
                boolean change = m.start() > 0 && "+-".indexOf(text.charAt(m.start() - 1)) >= 0;
                // and the was and now beside it as many, so the two never read the same: "$6.84B $6.82B -$0.02B"
                int beside = tinyChangeAfter(text, m.end());
                for (int g = 2; g <= 3; g++) {
                    if (m.group(g) != null) {
                        int rule = change && number(m.group(g)) < 0.05 ? firstDigit(m.group(g))
                                : number(m.group(g)) >= 100 ? 0 : 1;
                        assertThat(decimals(m.group(g))).as("%s in \"%s\"", m.group(), excerpt(text, m.start()))
                                .isLessThanOrEqualTo(Math.max(rule, beside));
                    }
                }
            }
        }
        List<String> percents = new ArrayList<>(out.cells());
        percents.add(out.front());
        percents.add(out.email());
        for (String text : percents) {
            Matcher p = PERCENT.matcher(text);
            while (p.find()) {
                assertThat(p.group(2)).as("%s in \"%s\"", p.group(), excerpt(text, p.start())).isNotNull().hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void unitsAndWordsReadRight(Case c) throws Exception {
        Outputs out = write(c);
        String all = out.pdf() + "\n" + String.join("\n", out.cells()) + "\n" + out.email();
        assertThat(all).doesNotContain("RMBB").doesNotContain("(RMB)B");
        assertThat(METRIC_ID.matcher(out.pdf()).results().map(r -> r.group()).toList()).isEmpty();
        assertThat(ONE_PLURAL.matcher(all).results().map(r -> r.group()).toList()).isEmpty();
        assertThat(all).doesNotContain("as the companies stated them");
        assertThat(out.pdf()).contains("Amounts are in " + c.currency + " billions");
        if (c.currency.equals("CNY")) {
            assertThat(out.pdf()).contains("(RMB B)").contains("~RMB 1,434B").doesNotContain("1,433.69")
                    .contains("Amazon, Alphabet, Meta, Microsoft, Oracle, Apple and CoreWeave in USD")
                    .contains("USD amounts are converted at 7.1685 CNY per USD");
        } else {
            assertThat(out.pdf()).contains("CNY amounts are converted at 0.1395 USD per CNY");
        }
    }

    /**
     * An amount as a reader meets it, qualifier and sign included: "$41B", "~$220B", "+$20.0B",
     * "RMB 1,577B", "$130–145B". Two spellings of one amount differ only in their digits.
     */
    private static final Pattern FIGURE = Pattern.compile(
            "(~|over |up to )?([+-]?)(\\$|RMB )(\\d[\\d,]*(?:\\.\\d+)?)(?:–(\\d[\\d,]*(?:\\.\\d+)?))?B");

    /** Weeks where one figure is printed in several places: a quarter reported, a year restated. */
    enum Week {
        /** Meta restates FY2023 (27.045, the restatements table and this week's rows). */
        W05_2025("2025-02-02", "USD"),
        /** Alphabet's quarter of 23.953 on page one and in this week's rows. */
        W44_2025("2025-11-02", "USD"),
        /** Microsoft's quarter stated as a whole $41B: page one, the tables, this week's rows, a chart. */
        W31_2026("2026-08-02", "USD"),
        W31_2026_CNY("2026-08-02", "CNY");

        final LocalDate asOf;
        final String currency;

        Week(String asOf, String currency) {
            this.asOf = LocalDate.parse(asOf);
            this.currency = currency;
        }
    }

    /**
     * Each figure is decided once, stated with its precision or computed, and every output prints
     * that decision: no amount is spelt two ways ("$41B" on one line, "$41.0B" on another) across
     * the PDF's text, the workbook's cells as Excel shows them and both bodies of the email that send
     * writes from the manifest; of a chart, the amounts it labels a company with.
     */
    @ParameterizedTest
    @EnumSource(Week.class)
    void oneFigureIsSpeltTheSameInThePdfTheWorkbookAndTheEmail(Week w) throws Exception {
        BriefingOutputs written = BriefingOutputs.write(dir, null, w.asOf, w.currency);
        BriefingJob.Result r = written.result();
        String names = r.briefing().companies().stream().map(c -> Pattern.quote(c.company().name()))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        Map<String, String> texts = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            PdfText pdf = new PdfText();
            texts.put("PDF", pdf.getText(doc));
            // a chart's amounts next to a company's name ("Microsoft $41B"); its axis ticks are round numbers, not figures
            texts.put("PDF chart", Pattern.compile("(?:" + names + ") " + FIGURE.pattern()).matcher(pdf.charts)
                    .results().map(MatchResult::group).reduce("", (a, b) -> a + b + "\n"));
        }
        texts.put("workbook", String.join("\n", WorkbookText.lines(written.xlsx())));
        texts.put("plain email", written.plain());
        texts.put("HTML email", written.html());

        // one figure: an amount and the company its line names last before it (a row's, a sentence's)
        Pattern company = Pattern.compile("\\b(" + names + ")\\b");
        Map<String, Map<String, String>> spellings = new LinkedHashMap<>();
        texts.forEach((where, text) -> text.lines().forEach(line -> {
            Matcher m = FIGURE.matcher(line);
            while (m.find()) {
                String named = company.matcher(line.substring(0, m.start())).results().map(c -> c.group(1))
                        .reduce((a, b) -> b).orElse("");
                String key = named + " " + (m.group(1) == null ? "" : m.group(1)) + m.group(2) + m.group(3)
                        + amount(m.group(4)) + (m.group(5) == null ? "" : "–" + amount(m.group(5)));
                spellings.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .putIfAbsent(m.group(), where + ": \"" + excerpt(line, m.start()) + "\"");
            }
        }));
        assertThat(spellings).as("amounts in the %s briefing of %s", w.currency, w.asOf).isNotEmpty();
        List<String> twice = spellings.values().stream().filter(s -> s.size() > 1).map(Map::toString).toList();
        assertThat(twice).as("amounts spelt two ways").isEmpty();
    }

    /**
     * A total of one company's plan is that plan: "~$50B" adds up to "$50B" on the card, in the
     * guidance table's total row, the exhibit's title and the workbook, never "$50.0B", and the card
     * names the company rather than "1 company, sum of plans".
     */
    @org.junit.jupiter.api.Test
    void aTotalOfOnePlanIsSpeltAsThatPlan() throws Exception {
        Outputs o = write(Case.NEXT_TIER);
        assertThat(o.pdf()).contains("FY2026 GROUP PLAN $50B", "Oracle only", "Group total (1) $50B",
                "$50B planned for FY2026", "$21B+ \u2192 $50B").doesNotContain("$50.0B", "sum of plans");
        // the Summary's headline total, the guidance table's total row and what refers to it
        assertThat(o.cells().stream().filter("$50B"::equals).count()).isGreaterThanOrEqualTo(3);
        assertThat(o.cells()).doesNotContain("$50.0B");
        assertThat(o.email()).doesNotContain("$50.0B");
    }

    /**
     * An annual actual is printed as precise as it was stated, with what it was stated as: Oracle's
     * FY2025 "more than $21 billion" ({@code value: 21, qualifier: at_least}) is "over $21B" where the
     * actual is shown, "$21B+" where it is added up (the one-company prior year of the card and the
     * exhibit's title), and never "$21.0B", in the PDF, the workbook and the email.
     */
    @org.junit.jupiter.api.Test
    void anAnnualActualStatedWholeIsPrintedWholeAndKeepsItsFloor() throws Exception {
        Outputs o = write(Case.NEXT_TIER);
        assertThat(o.pdf()).contains("at most +138.1% on its FY2025 actual of over $21B.", "$21B+ \u2192 $50B",
                "Annual capex: Oracle $21B+ in FY2025, $50B planned for FY2026").doesNotContain("$21.0B");
        assertThat(o.cells()).contains("$21B+").doesNotContain("$21.0B", "$21B");
        assertThat(o.email()).contains("FY2025 actual over $21B").doesNotContain("$21.0B");
    }

    /**
     * A year added up from quarters is computed, whatever the quarters' precision: four quarters of a
     * whole $10B make "$40.0Bq"; the next year, stated as a whole $48B, is "$48B" in the PDF's history
     * and guidance tables and the workbook's cells.
     */
    @org.junit.jupiter.api.Test
    void aYearSummedFromQuartersIsComputedAndAStatedYearIsAsStated() throws Exception {
        Path file = dir.resolve("years.csv");
        StringBuilder csv = new StringBuilder("company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
                + "qualifier,currency,unit,announced,source,note\n");
        String[] filed = {"2023-04-28", "2023-07-28", "2023-10-28", "2024-01-28"};
        for (int q = 1; q <= 4; q++) {
            csv.append("AAA,Alpha Cloud,12,capex,actual,FY2023Q").append(q).append(",10,,,,USD,B,")
                    .append(filed[q - 1]).append(",10-Q,\n");
        }
        csv.append("AAA,Alpha Cloud,12,capex,actual,FY2024,48,,,,USD,B,2025-02-01,10-K,\n")
                .append("BBB,Beta Compute,12,capex,actual,FY2024,25.5,,,,USD,B,2025-02-01,10-K,\n")
                .append("AAA,Alpha Cloud,12,capex,guidance,FY2025,60,,,about,USD,B,2025-02-01,Q4 call,\n")
                .append("BBB,Beta Compute,12,capex,guidance,FY2025,30,,,,USD,B,2025-02-01,Q4 call,\n");
        Files.writeString(file, csv);
        BriefingOutputs b = BriefingOutputs.write(dir, file, LocalDate.of(2025, 2, 10), "USD");
        assertThat(b.pdf()).contains("$40.0Bq $48B", "$48B FY2024").doesNotContain("$48.0B");
        List<String> rows = WorkbookText.lines(b.xlsx());
        assertThat(rows).anyMatch(row -> row.contains("$40.0Bq $48B")).noneMatch(row -> row.contains("$48.0B"));
        assertThat(b.summary()).contains("FY2024 actual $48B").doesNotContain("$48.0B");
    }

    /**
     * A change that the rule would round to zero is no signed zero ("-$0.0B" says neither how much nor
     * that it is tiny): it shows the digits its first figure needs. Meta's FY2023Q1, restated from
     * $6.842B to $6.823B, changed by -$0.02B, and its FY2023Q2 from $6.216B to $6.235B by +$0.02B, in
     * the PDF's "Restated actuals" table and the workbook's Changes sheet, as Excel shows the cells;
     * its was and now show as many digits, so the two never read the same beside the change.
     */
    @org.junit.jupiter.api.Test
    void aRestatementTooSmallForTheRuleShowsItsFirstDigit() throws Exception {
        Outputs o = write(Case.BUNDLED_USD);
        assertThat(o.pdf()).contains("Restated actuals").doesNotContain("-$0.0B", "+$0.0B");
        String table = o.pdf().substring(o.pdf().indexOf("Restated actuals"));
        assertThat(table.substring(0, Math.min(table.length(), 2000)))
                // was and now as precise as the change, never "$6.8B $6.8B" beside a change
                .contains("FY2023Q1 $6.84B $6.82B -$0.02B", "FY2023Q2 $6.22B $6.24B +$0.02B");
        assertThat(o.cells()).contains("-$0.02B", "+$0.02B", "$6.84B", "$6.82B").doesNotContain("-$0.0B", "+$0.0B");
    }

    /** A PDF's text with its charts' text apart: the charts are form XObjects, their words kept in {@link #charts}. */
    private static final class PdfText extends PDFTextStripper {
        final StringBuilder charts = new StringBuilder();
        private final Set<TextPosition> inCharts = Collections.newSetFromMap(new IdentityHashMap<>());
        private int forms;

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            forms++;
            try {
                super.showForm(form);
            } finally {
                forms--;
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (forms > 0) {
                inCharts.add(text);
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty() && inCharts.contains(positions.get(0))) {
                charts.append(text).append(' ');
            } else {
                super.writeString(text, positions);
            }
        }
    }

    /** "1,577" and "41.0" as numbers, so 41 and 41.0 are one amount. */
    private static String amount(String digits) {
        return new BigDecimal(digits.replace(",", "")).stripTrailingZeros().toPlainString();
    }

    /** The decimals of a signed change too small for the rule within two figures after {@code from}, else 0. */
    private static int tinyChangeAfter(String text, int from) {
        Matcher next = FIGURE.matcher(text.substring(from, Math.min(text.length(), from + 40)));
        for (int i = 0; i < 2 && next.find(); i++) {
            if (!next.group(2).isEmpty() && number(next.group(4)) < 0.05) {
                return decimals(next.group(4));
            }
        }
        return 0;
    }

    private static int decimals(String digits) {
        int dot = digits.indexOf('.');
        return dot < 0 ? 0 : digits.length() - dot - 1;
    }

    /** The decimal place of the first figure that is not zero: 2 for "0.02", 1 for "0.0". */
    private static int firstDigit(String digits) {
        String fraction = digits.substring(digits.indexOf('.') + 1);
        int i = 0;
        while (i < fraction.length() - 1 && fraction.charAt(i) == '0') {
            i++;
        }
        return i + 1;
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
    }
}
