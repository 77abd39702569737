package dev.capexbrief.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A growth rate computed from a floor ("over $21B", "over $100B") is a bound, and every output says
 * which: on a floor beneath it (the prior year "more than $21 billion") it is at most the rate, "at most
 * +138.1%"; to a floor on top (a plan "over $100B") at least the rate, "at least +28.8%"; floors both
 * ends leave it unknown, "n/a" with the legend saying why. Sums follow their floors: a total of plans
 * with a floor in it grows at least, one on prior years with a floor in them at most. The PDF's text,
 * the workbook's cells as Excel shows them (a growth cell stays a number, its format says the bound)
 * and the email's summary and both bodies, never a bare rate.
 */
class FloorGrowthTest {
    @TempDir
    Path dir;

    /** Everything a reader sees, one text per output. */
    private record Outputs(String pdf, String workbook, String summary, String plain, String html) {
        Map<String, String> all() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("PDF", pdf);
            m.put("workbook", workbook);
            m.put("email summary", summary);
            m.put("plain email", plain);
            m.put("HTML email", html);
            return m;
        }
    }

    /** Oracle's FY2026 ~$50B on its FY2025 "more than $21 billion": at most +138.1%, the group's too. */
    @Test
    void growthOnAFloorIsAtMost() throws Exception {
        Outputs o = write(BriefingOutputs.copy("/datasets/next-tier.yaml", dir.resolve("data.yaml")),
                LocalDate.of(2025, 12, 10));
        assertThat(o.pdf()).contains("~$50B, at most +138.1% on FY2025.",
                "the only FY2026 plan in the table, at most +138.1% on its FY2025 actual of over $21B.",
                "GROWTH ON FY2025 at most +138.1% $21B+ \u2192 $50B");
        // the company's row and the group total's
        assertThat(Pattern.compile("at most \\+138\\.1%").matcher(o.pdf().substring(o.pdf().indexOf("Guidance by company")))
                .results().count()).as("growths in the guidance table").isGreaterThanOrEqualTo(2);
        assertThat(o.workbook()).contains("at most +138.1%");
        assertThat(o.summary()).contains("FY2025 actual over $21B, at most +138.1%");
        assertThat(o.plain()).contains("Growth on FY2025: at most +138.1%");
        o.all().forEach((where, text) -> assertThat(bare(text, "+138.1%", "at most ")).as(where).isEmpty());
    }

    /** Amazon's FY2025 "over $100B" on $77.7B: at least +28.8%; the Big Four's $318B+ at least +41.0%. */
    @Test
    void growthToAFloorIsAtLeast() throws Exception {
        Outputs o = write(null, LocalDate.of(2025, 3, 1));
        assertThat(o.pdf()).contains("at least +41.0% on FY2024", "at least +28.8% on its FY2024 actual of $77.7B");
        assertThat(o.workbook()).contains("at least +28.8%", "at least +41.0%");
        assertThat(o.plain()).contains("Growth on FY2024: at least +41.0%");
        o.all().forEach((where, text) -> {
            assertThat(bare(text, "+28.8%", "at least ")).as(where).isEmpty();
            assertThat(bare(text, "+41.0%", "at least ")).as(where).isEmpty();
        });
    }

    /**
     * Floors at both ends: Alpha's FY2025 "over $18B" on its FY2024 "over $12B" could have grown by any
     * amount, so no rate is printed, here or in the group's $82B+ on $62B+; Beta's at least, Gamma's at most.
     * The history's FY2024 on an exact FY2023 is a bound too.
     */
    @Test
    void growthBetweenTwoFloorsIsNotKnown() throws Exception {
        Path file = dir.resolve("floors.csv");
        Files.writeString(file, "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
                + "qualifier,currency,unit,announced,source,note\n"
                + "AAA,Alpha Cloud,12,capex,actual,FY2023,10,,,,USD,B,2024-02-01,10-K,\n"
                + "AAA,Alpha Cloud,12,capex,actual,FY2024,12,,,at_least,USD,B,2025-02-01,10-K,\n"
                + "BBB,Beta Compute,12,capex,actual,FY2024,20,,,,USD,B,2025-02-01,10-K,\n"
                + "CCC,Gamma Hosting,12,capex,actual,FY2024,30,,,at_least,USD,B,2025-02-01,10-K,\n"
                + "AAA,Alpha Cloud,12,capex,guidance,FY2025,18,,,at_least,USD,B,2025-02-01,Q4 call,\n"
                + "BBB,Beta Compute,12,capex,guidance,FY2025,25,,,at_least,USD,B,2025-02-01,Q4 call,\n"
                + "CCC,Gamma Hosting,12,capex,guidance,FY2025,39,,,,USD,B,2025-02-01,Q4 call,\n");
        Outputs o = write(file, LocalDate.of(2025, 2, 10));
        o.all().forEach((where, text) -> assertThat(text).as(where)
                .doesNotContain("50.0%", "32.3%", "n/a on", "n/a,"));
        assertThat(o.pdf()).contains("at least +25.0%", "at most +30.0%", "at least +20.0%",
                "GROWTH ON CY2024 n/a $62.0B+ \u2192 $82.0B+: both minimums", "Implied growth")
                .containsPattern("over \\$18B over \\$12B FY2024 n/a\u2016")
                .contains("\u2016 growth n/a: ");
        assertThat(o.workbook()).contains("at least +25.0%", "at most +30.0%", "n/a\u2016", "\u2016 growth n/a: ");
        assertThat(o.plain()).contains("Growth on CY2024: n/a");
    }

    /**
     * Alfa's FY2026 "up to $50B" is a ceiling: the total it is in is a maximum, "up to $102B", and that
     * total grows at most +29.1% on CY2025, as Alfa's own plan grows at most +31.6%: on page one, in
     * the guidance table and its note, in the workbook's cells (the total's number format says "up to")
     * and in the summary and both email bodies; never a bare "$102B" or "+29.1%".
     */
    @Test
    void aTotalWithACeilingIsAMaximum() throws Exception {
        Outputs o = write(BriefingOutputs.copy("/datasets/ceilings.yaml", dir.resolve("data.yaml")),
                LocalDate.of(2026, 4, 24));
        assertThat(o.pdf()).contains("now total up to $102B, at most +29.1% on CY2025.",
                "49.0% of the total of up to $102B and at most +31.6% on its FY2025 actual of $38B",
                "Group total (3) up to $102B $79.0B FY2025 at most +29.1%",
                "floors at the floor, ceilings at the ceiling, so the total is a maximum.",
                "In the total of up to $102B a range counts at its midpoint, a floor (\"over\") at the floor and a"
                        + " ceiling (\"up to\") at the ceiling");
        assertThat(o.workbook()).contains("\nup to $102B\n", "\nat most +29.1%\n");
        assertThat(o.plain()).contains("CY2026 group plan: up to $102B", "Growth on CY2025: at most +29.1%");
        o.all().forEach((where, text) -> {
            assertThat(bare(text, "$102B", "up to ")).as(where).isEmpty();
            assertThat(bare(text, "+29.1%", "at most ")).as(where).isEmpty();
        });
    }

    /** Occurrences of {@code rate} not preceded by {@code words}, with what is around them. */
    private static List<String> bare(String text, String rate, String words) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\d.])" + Pattern.quote(rate)).matcher(text);
        while (m.find()) {
            if (!text.substring(0, m.start()).endsWith(words)) {
                out.add(text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20)));
            }
        }
        return out;
    }

    private Outputs write(Path data, LocalDate asOf) throws Exception {
        BriefingOutputs b = BriefingOutputs.write(dir, data, asOf, "USD");
        // every cell outside the Data sheets as Excel shows it, numbers in their formats, one a line
        String workbook = WorkbookText.cells(b.xlsx(), cell -> true).stream().map(cell -> cell + "\n")
                .collect(Collectors.joining());
        return new Outputs(b.pdf(), workbook, BriefingOutputs.folded(b.summary()), BriefingOutputs.folded(b.plain()),
                BriefingOutputs.folded(b.html()));
    }
}
