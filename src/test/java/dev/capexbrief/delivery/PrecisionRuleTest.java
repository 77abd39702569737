package dev.capexbrief.delivery;

import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        DatasetReader reader = new DatasetReader();
        DatasetReader.Loaded data;
        if (c.dataset == null) {
            data = reader.loadBundled();
        } else {
            Path file = dir.resolve("data.yaml");
            try (InputStream in = PrecisionRuleTest.class.getResourceAsStream(c.dataset)) {
                Files.copy(in, file);
            }
            data = reader.load(file);
        }
        TemplateSet templates = TemplateSet.load(null);
        BriefingJob.Result r = new BriefingJob(data, templates, new OutputLayout(dir.resolve("out"), null), c.currency)
                .run(c.asOf, false);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(r.xlsx()))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : book) {
                if (sheet.getSheetName().startsWith("Data")) {
                    continue; // the dataset's rows as entered, every decimal the source gave
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.BLANK) {
                            continue;
                        }
                        cells.add(cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC
                                ? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                                cell.getCellStyle().getDataFormatString())
                                : formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return new Outputs(pdf, cells, templates.emailSummary(r.briefing()));
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void noLabelHasMorePrecisionThanTheRule(Case c) throws Exception {
        Outputs out = write(c);
        List<String> texts = new ArrayList<>(out.cells());
        texts.add(out.pdf());
        texts.add(out.email());
        for (String text : texts) {
            Matcher m = MONEY.matcher(text);
            while (m.find()) {
                for (int g = 2; g <= 3; g++) {
                    if (m.group(g) != null) {
                        assertThat(decimals(m.group(g))).as("%s in \"%s\"", m.group(), excerpt(text, m.start()))
                                .isLessThanOrEqualTo(number(m.group(g)) >= 100 ? 0 : 1);
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

    private static int decimals(String digits) {
        int dot = digits.indexOf('.');
        return dot < 0 ? 0 : digits.length() - dot - 1;
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
    }
}
