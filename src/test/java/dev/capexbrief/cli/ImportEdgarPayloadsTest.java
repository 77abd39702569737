package dev.capexbrief.cli;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Period;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import edgar} as a user runs it, with the real streaming parser: the five unedited SEC
 * payloads in ../shared into one dataset (skipped where that folder is absent), the same import
 * again changing no byte, and a hostile payload leaving the dataset untouched.
 */
class ImportEdgarPayloadsTest {
    static final Path SEC = Path.of("../shared/data/companyfacts/sec");
    static final Path MALFORMED = Path.of("src/test/resources/dev/capexbrief/dataset/edgar/malformed");

    @TempDir
    Path dir;

    @Test
    void theFiveUneditedPayloadsImportOnceAndASecondImportChangesNoByte() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEC), "../shared/data/companyfacts/sec is absent: skipped");
        // TSMC reports in TWD: the dataset needs a rate for it (a test rate, not research data)
        Path yaml = Files.writeString(dir.resolve("d.yaml"), """
                companies:
                  - {id: GOOGL, name: Alphabet, cik: 1652044}
                fx:
                  - {currency: TWD, usd_per_unit: 0.031, as_of: 2025-04-17, source: "test rate"}
                figures:
                  - {company: GOOGL, metric: capex_purchases_ppe, kind: guidance, period: FY2026, low: 175, high: 185, announced: 2026-02-04, source: "Alphabet Q4 call"}
                """);
        Cli first = Cli.run("import", "edgar", SEC.toString(), "--into", yaml.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().lines().filter(l -> l.contains(":") && !l.startsWith("wrote"))).hasSize(5);
        assertThat(Cli.run("validate", "--data", yaml.toString()).exitCode()).isZero();
        Dataset d = new DatasetReader().read(yaml);
        // Alphabet's Q4 2025 capex is FY − 9M from its 10-K (27,851,000,000), filed 2026-02-05
        List<Figure> q4 = d.figures().stream().filter(f -> f.company().cik() == 1652044L
                && f.metric().equals("capex_purchases_ppe") && f.period().equals(new Period.FiscalQuarter(2025, 4)))
                .toList();
        assertThat(q4).extracting(f -> f.amount().central().toPlainString() + " " + f.announced() + " " + f.form())
                .containsExactly("27.851 2026-02-05 10-K");
        assertThat(q4.get(0).source()).startsWith("https://www.sec.gov/Archives/edgar/data/1652044/");

        byte[] once = Files.readAllBytes(yaml);
        Cli again = Cli.run("import", "edgar", SEC.toString(), "--into", yaml.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing was written");
        assertThat(Files.readAllBytes(yaml)).isEqualTo(once);
    }

    @Test
    void aHostilePayloadIsOneLineExitOneAndTheDatasetIsUntouched() throws Exception {
        String dataset = "companies:\n  - {id: GOOGL, name: Alphabet, cik: 1652044}\nfigures: []\n";
        for (String name : List.of("truncated.json", "huge-number.json", "shares-unit.json", "nan.json")) {
            Path yaml = Files.writeString(dir.resolve(name + ".yaml"), dataset);
            Cli r = Cli.run("import", "edgar", MALFORMED.resolve(name).toString(), "--into", yaml.toString());
            assertThat(r.exitCode()).as(name + ": " + r.err()).isEqualTo(ExitCodes.INVALID_DATA);
            assertThat(r.err().lines()).as(name).hasSize(1).first().asString().contains(name);
            assertThat(Files.readString(yaml)).as(name).isEqualTo(dataset);
        }
    }
}
