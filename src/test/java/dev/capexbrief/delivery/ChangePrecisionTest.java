package dev.capexbrief.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of guidance is as precise as the more precise of the two figures it comes from: Amazon's
 * ~$200B raised to ~$220B is "+$20B", never "+$20.0B"; a stated decimal keeps its place ($26.3B to $30B
 * is "+$3.7B", $131.8B to $150B "+$18.2B"); a range's midpoint is computed, so a change of midpoints
 * shows the rule's decimals ("+$2.5B", "+$15.0B"); converted, a change follows the rule for converted
 * amounts (Oracle's ~$25B to ~$35B is "+RMB 72B"). On page one's card and takeaway, in the What-changed
 * table, the workbook's cells as Excel shows them and both bodies of the email.
 */
class ChangePrecisionTest {
    @TempDir
    Path dir;

    private record Outputs(String pdf, List<String> workbook, String summary, String plain, String html) {
        /** The workbook's rows that give {@code fromTo}, the revision's "from → to", with a change beside it. */
        List<String> rows(String fromTo) {
            return workbook.stream().filter(r -> r.contains(fromTo) && r.matches(".* [+-](\\$|RMB )\\d.*")).toList();
        }
    }

    @Test
    void aChangeBetweenWholeFiguresIsWhole() throws Exception {
        Outputs o = write(null, LocalDate.of(2026, 9, 10), "USD");
        assertThat(o.pdf()).contains("BIGGEST REVISION Amazon +$20B FY2026 ~$200B \u2192 ~$220B",
                "~$220B (from ~$200B) on 2026-07-30, +$20B (+10.0%) at the midpoint",
                "~$200B \u2192 ~$220B +$20B +10.0%", "~$190B \u2192 ~$175B -$15B\u00b6 -7.9%",
                "~$35B \u2192 ~$50B +$15B +42.9%", "over $100B \u2192 ~$125B at most +$25B at most +25.0%",
                "~$75B \u2192 ~$85B +$10B +13.3%", "~$25B \u2192 ~$35B +$10B +40.0%")
                .doesNotContain("+$20.0B", "-$15.0B", "+$25.0B");
        // a range's midpoint is computed: the rule's decimals
        assertThat(o.pdf()).contains("$125\u2013145B \u2192 $130\u2013145B +$2.5B",
                "$180\u2013190B \u2192 $195\u2013205B +$15.0B", "~$85B \u2192 $91\u201393B +$7.0B");
        assertThat(o.rows("~$200B \u2192 ~$220B")).isNotEmpty().allMatch(r -> r.contains(" +$20B "));
        assertThat(o.rows("~$190B \u2192 ~$175B")).isNotEmpty().allMatch(r -> r.contains(" -$15B\u00b6 "));
        assertThat(o.rows("$125\u2013145B \u2192 $130\u2013145B")).isNotEmpty().allMatch(r -> r.contains(" +$2.5B "));
        assertThat(o.workbook()).anyMatch(r -> r.contains("Biggest revision") && r.contains("Amazon +$20B"))
                .noneMatch(r -> r.contains("+$20.0B") || r.contains("-$15.0B") || r.contains("+$25.0B"));
        for (String email : List.of(o.plain(), o.html())) {
            assertThat(email).contains("Amazon +$20B", "+$20B (+10.0%) at the midpoint").doesNotContain("+$20.0B");
        }
        assertThat(o.summary()).contains("+$20B (+10.0%) at the midpoint").doesNotContain("+$20.0B");
    }

    @Test
    void oraclesRaisesAreWholeInTheNextTierBriefing() throws Exception {
        Path file = BriefingOutputs.copy("/datasets/next-tier.yaml", dir.resolve("next-tier.yaml"));
        Outputs o = write(file, LocalDate.of(2025, 12, 10), "USD");
        assertThat(o.pdf()).contains("BIGGEST REVISION Oracle +$15B FY2026 ~$35B \u2192 ~$50B",
                "+$15B (+42.9%) at the midpoint", "~$35B \u2192 ~$50B +$15B +42.9%", "~$25B \u2192 ~$35B +$10B +40.0%")
                .doesNotContain("+$15.0B", "+$10.0B");
        assertThat(o.rows("~$35B \u2192 ~$50B")).isNotEmpty().allMatch(r -> r.contains(" +$15B "));
        assertThat(String.join("\n", o.workbook())).doesNotContain("+$15.0B", "+$10.0B");
        assertThat(o.plain()).contains("Oracle +$15B").doesNotContain("+$15.0B");
        assertThat(o.html()).contains("Oracle +$15B").doesNotContain("+$15.0B");
    }

    @Test
    void aStatedDecimalKeepsItsPlace() throws Exception {
        Path file = dir.resolve("decimals.csv");
        Files.writeString(file, "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
                + "qualifier,currency,unit,announced,source,note\n"
                + "AAA,Alpha Cloud,12,capex,guidance,FY2025,26.3,,,,USD,B,2025-01-10,Q3 call,\n"
                + "AAA,Alpha Cloud,12,capex,guidance,FY2025,30,,,,USD,B,2025-02-01,Q4 call,\n"
                + "BBB,Beta Compute,12,capex,guidance,FY2025,131.8,,,,USD,B,2025-01-10,Q3 call,\n"
                + "BBB,Beta Compute,12,capex,guidance,FY2025,150,,,,USD,B,2025-02-03,Q4 call,\n");
        Outputs o = write(file, LocalDate.of(2025, 2, 5), "USD");
        assertThat(o.pdf()).contains("$26.3B \u2192 $30B +$3.7B", "$132B \u2192 $150B +$18.2B")
                .doesNotContain("+$18B ", "+$3.70B");
        assertThat(o.rows("$26.3B \u2192 $30B")).isNotEmpty().allMatch(r -> r.contains(" +$3.7B "));
        assertThat(o.rows("$132B \u2192 $150B")).isNotEmpty().allMatch(r -> r.contains(" +$18.2B "));
    }

    /** Converted, a change of stated figures is as precise as their statements: whole RMB. */
    @Test
    void aConvertedChangeFollowsTheRuleForConvertedAmounts() throws Exception {
        Outputs o = write(null, LocalDate.of(2026, 9, 10), "CNY");
        // the PDF's change table names the unit in its headers ("From → to (RMB B)"): digits in its cells
        assertThat(o.pdf()).contains("~179 \u2192 ~251 +72 ", "+RMB 143B (+10.0%) at the midpoint",
                // Meta's midpoints are computed: RMB 967.5B less RMB 896B
                "824\u2013968 \u2192 896\u20131,039 +71.7 ", "From \u2192 to (RMB\u00a0B)");
        assertThat(o.rows("~RMB 179B \u2192 ~RMB 251B")).isNotEmpty().allMatch(r -> r.contains(" +RMB 72B "));
        assertThat(o.plain()).contains("Amazon +RMB 143B");
    }

    /**
     * A change measured from a floor is at most that: Amazon's "over $100B" raised to ~$125B (2025-10-30)
     * is "at most +$25B", on page one's card and takeaway, in the What-changed table, the workbook's
     * cells as Excel shows them and the email.
     */
    @Test
    void aChangeFromAFloorIsAtMostThat() throws Exception {
        Outputs o = write(null, LocalDate.of(2025, 10, 31), "USD");
        assertThat(o.pdf()).contains("BIGGEST REVISION Amazon at most +$25B FY2025 over $100B \u2192 ~$125B",
                "~$125B (from over $100B) on 2025-10-30, at most +$25B (+25.0%) measured at the floor",
                "over $100B \u2192 ~$125B at most +$25B at most +25.0%")
                .doesNotContain("over $100B \u2192 ~$125B +$25B");
        // the Summary's card and the Changes sheet's row: the number cells read as the PDF prints them
        assertThat(o.rows("over $100B \u2192 ~$125B")).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(r -> r.matches(".* at most \\+\\$25B .*") && !r.matches(".*[^t] \\+\\$25B .*"))
                .anyMatch(r -> r.contains(" at most +$25B at most +25.0% "));
        assertThat(o.plain()).contains("Biggest revision: Amazon at most +$25B");
        assertThat(o.html()).contains("at most +$25B");
    }

    /**
     * A change from a ceiling is at least that: "up to $40B" raised to ~$50B is "at least +$10B",
     * measured at the ceiling (not "at the floor"), in the takeaway, the card, the table and the email.
     * Neither company has a prior year: page one's group number is both plans, $83.0B, not "$0.0B" of
     * the companies with a prior year, nor "none".
     */
    @Test
    void aChangeFromACeilingIsAtLeastThatMeasuredAtTheCeiling() throws Exception {
        Path file = dir.resolve("ceiling.csv");
        Files.writeString(file, "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
                + "qualifier,currency,unit,announced,source,note\n"
                + "AAA,Alpha Cloud,12,capex,guidance,FY2025,40,,,at_most,USD,B,2025-01-10,Q3 call,\n"
                + "AAA,Alpha Cloud,12,capex,guidance,FY2025,50,,,about,USD,B,2025-02-04,Q4 call,\n"
                + "BBB,Beta Compute,12,capex,guidance,FY2025,30,,,about,USD,B,2025-01-10,Q3 call,\n"
                + "BBB,Beta Compute,12,capex,guidance,FY2025,33,,,about,USD,B,2025-01-27,Q4 call,\n");
        Outputs o = write(file, LocalDate.of(2025, 2, 5), "USD");
        assertThat(o.pdf()).contains("~$50B (from up to $40B) on 2025-02-04, at least +$10B (+25.0%) measured at the"
                        + " ceiling.", "BIGGEST REVISION Alpha Cloud at least +$10B",
                "up to $40B \u2192 ~$50B at least +$10B at least +25.0%")
                .doesNotContain("measured at the floor");
        assertThat(o.pdf()).contains("Changes are measured at the midpoint of a range (a floor at the floor, a ceiling"
                + " at the ceiling)", "(midpoint of a range, floor of an \"over\", ceiling of an \"up to\")");
        assertThat(o.plain()).contains("measured at the ceiling", "Biggest revision: Alpha Cloud at least +$10B");
        assertThat(o.pdf()).contains("Alpha Cloud and Beta Compute CY2025 capex plans now total $83.0B.",
                "CY2025 GROUP PLAN $83.0B 2 companies, sum of plans").doesNotContain("$0.0B", "none no company has guided");
    }

    /** Between two floors no change is known: the table says n/a, and page one's card ranks only known changes. */
    @Test
    void aChangeBetweenTwoFloorsIsNotKnown() throws Exception {
        Path file = dir.resolve("floors.csv");
        Files.writeString(file, "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
                + "qualifier,currency,unit,announced,source,note\n"
                + "AAA,Alpha Cloud,12,capex,guidance,FY2025,100,,,at_least,USD,B,2025-01-10,Q3 call,\n"
                + "AAA,Alpha Cloud,12,capex,guidance,FY2025,120,,,at_least,USD,B,2025-02-01,Q4 call,\n"
                + "BBB,Beta Compute,12,capex,guidance,FY2025,30,,,about,USD,B,2025-01-10,Q3 call,\n"
                + "BBB,Beta Compute,12,capex,guidance,FY2025,33,,,about,USD,B,2025-02-03,Q4 call,\n");
        Outputs o = write(file, LocalDate.of(2025, 2, 5), "USD");
        assertThat(o.pdf()).contains("over $100B \u2192 over $120B n/a n/a\u2016", "~$30B \u2192 ~$33B +$3B +10.0%",
                        "BIGGEST REVISION Beta Compute +$3B")
                .doesNotContain("+$20B");
        assertThat(o.rows("~$30B \u2192 ~$33B")).isNotEmpty();
        assertThat(String.join("\n", o.workbook())).doesNotContain("+$20B");
    }

    /** A run rate against a floor plan is at most that far above it: Amazon's $126B against "over $100B". */
    @Test
    void aRunRateAgainstAFloorPlanIsAtMostThatFarAboveIt() throws Exception {
        Outputs o = write(null, LocalDate.of(2025, 8, 15), "USD");
        assertThat(o.pdf()).contains("an annual run rate of $126B, at most +25.6% against its FY2025 plan",
                "$126B at most +25.6% vs plan", "$31.4B $126B over $100B at most +25.6%",
                // the exhibit's count does not take a run rate above a floor for one above the plan
                "Exhibit 5: Run rates vs FY2025 plans: 2 of 4 already at or above plan, 1 more at or above a floor "
                        + "(\"over\") plan")
                .doesNotContain("$126B +25.6%");
        assertThat(o.workbook()).anyMatch(r -> r.contains(" $126B $100B+ at most +25.6% "));
        assertThat(o.plain()).contains("at most +25.6% against its FY2025 plan");
    }

    private Outputs write(Path data, LocalDate asOf, String currency) throws Exception {
        BriefingOutputs b = BriefingOutputs.write(dir, data, asOf, currency);
        // the workbook's rows as Excel shows them, a row a line, cells apart by spaces
        List<String> rows = WorkbookText.lines(b.xlsx()).stream().map(line -> " " + line).toList();
        return new Outputs(b.pdf(), rows, BriefingOutputs.folded(b.summary()), BriefingOutputs.folded(b.plain()),
                BriefingOutputs.folded(b.html()));
    }
}
