package dev.capexbrief.render.text;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.InvalidDatasetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A generated universe of many companies, written as a CSV into a test's temporary folder: each
 * company has two annual actuals, four quarters, a FY2025 plan with its own source; every fifth
 * raised its plan in the as-of week, every tenth with a share-price move, every seventh has a FY2026
 * plan too. Companies are numbered largest first, so C001 has the largest plan.
 */
public final class ManyCompanies {
    /** A Friday: the week of 2025-02-03 holds the raises and the share-price moves. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 2, 7);

    private static final String HEADER = "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
            + "qualifier,currency,unit,announced,source,note";

    private ManyCompanies() {
    }

    /** The briefing as of {@link #AS_OF} for {@code companies} generated companies. */
    public static Briefing briefing(Path dir, int companies) {
        try {
            Path csv = write(dir.resolve("many-companies.csv"), companies);
            return new Analyzer().analyze(new DatasetReader().read(csv), new AnalysisOptions(AS_OF, "USD", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("the generated dataset is invalid: " + e.getMessage(), e);
        }
    }

    /** Writes the CSV and returns its path. */
    public static Path write(Path file, int companies) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= companies; i++) {
            company(out, i);
        }
        return Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static void company(StringBuilder out, int i) {
        String id = String.format(Locale.ROOT, "C%03d", i);
        String prefix = id + ",Company " + id + " Holdings,12,capex,";
        String source = "https://example.com/filings/" + id;
        double size = 200.0 / (1 + 0.25 * (i - 1));
        row(out, prefix + "actual,FY2023," + num(size * 0.7) + ",,,,USD,B,2024-02-01," + source + "/10-K-2023,");
        row(out, prefix + "actual,FY2024," + num(size * 0.8) + ",,,,USD,B,2025-01-30," + source + "/10-K-2024,");
        String[] quarterEnds = {"2024-04-25", "2024-07-25", "2024-10-24", "2025-01-30"};
        for (int q = 1; q <= 4; q++) {
            row(out, prefix + "actual,FY2024Q" + q + "," + num(size * 0.2 * (0.85 + 0.1 * q)) + ",,,,USD,B,"
                    + quarterEnds[q - 1] + "," + source + "/q" + q + ",");
        }
        row(out, prefix + "guidance,FY2025," + num(size * 0.95) + ",,,about,USD,B,2025-01-30," + source + "/outlook,");
        if (i % 5 == 0) {
            row(out, prefix + "guidance,FY2025,," + num(size) + "," + num(size * 1.05) + ",,USD,B,2025-02-05,"
                    + source + "/raise,raised on the call");
        }
        if (i % 10 == 0) {
            row(out, id + ",Company " + id + " Holdings,12,share_price_move,actual,FY2024Q4,"
                    + (i % 20 == 0 ? "-3.5" : "2.5") + ",,,,,%,2025-02-05," + source + "/shares,after the raise");
        }
        if (i % 7 == 0) {
            row(out, prefix + "guidance,FY2026," + num(size * 1.2) + ",,,about,USD,B,2025-01-30," + source + "/2026,");
        }
    }

    private static void row(StringBuilder out, String row) {
        out.append(row).append('\n');
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
