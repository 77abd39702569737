package dev.capexbrief.cli;

import dev.capexbrief.dataset.hostile.HostileInput;
import dev.capexbrief.dataset.hostile.HostileInputs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input table through the command line, as a user meets it: {@code validate} prints
 * exactly the problems (file:line: field: message) and exits 1; {@code brief} exits 1 and leaves the
 * output folder absent. Files that must be accepted validate and brief to a PDF and a workbook.
 */
class HostileInputCliTest {
    /** Texts a spreadsheet would run as formulas if they were written as formulas. */
    private static final Set<String> FORMULA_LIKE = Set.of("=HYPERLINK(\"http://evil.example\",\"click\")",
            "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "=1+1");

    @TempDir
    Path dir;

    static Stream<HostileInput> refusals() {
        return HostileInputs.refusals();
    }

    static Stream<HostileInput> acceptances() {
        return HostileInputs.acceptances();
    }

    Path write(HostileInput input) throws IOException {
        return Files.write(dir.resolve(input.fileName()), input.bytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void validateListsEveryProblemAndExitsOne(HostileInput input) throws IOException {
        Path file = write(input);
        Cli r = Cli.run("validate", "--data", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        List<String> expected = new ArrayList<>(input.messagesFor(file.toString()));
        expected.add(expected.stream().filter(m -> !m.contains(": warning: ")).count() + " error(s); nothing was written.");
        assertThat(r.err().lines()).containsExactlyElementsOf(expected);
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void briefWritesNothing(HostileInput input) throws IOException {
        Path file = write(input);
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(input.messagesFor(file.toString()).get(0)).doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptances")
    void validateAcceptsWithItsWarnings(HostileInput input) throws IOException {
        Path file = write(input);
        Cli r = Cli.run("validate", "--data", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().lines()).containsExactlyElementsOf(input.messagesFor(file.toString()));
        assertThat(r.out()).startsWith(file + ": OK, ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptances")
    void briefWritesThePdfAndTheWorkbook(HostileInput input) throws IOException {
        Path file = write(input);
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", file.toString(), "--out", out.toString(), "--as-of", "2025-02-09",
                "--allow-empty");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("2025-W06/capex-briefing-2025-W06.pdf")).isNotEmptyFile();
        assertThat(out.resolve("2025-W06/capex-briefing-2025-W06.xlsx")).isNotEmptyFile();
        assertThat(partFiles(out)).isEmpty();
    }

    @Test
    void textThatLooksLikeAFormulaReachesTheWorkbookAsPlainText() throws IOException {
        HostileInput formula = only("text that looks like a formula");
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", write(formula).toString(), "--out", out.toString(), "--as-of", "2025-02-09");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out.resolve("2025-W06/capex-briefing-2025-W06.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).as("formula in %s!%s", sheet.getSheetName(), cell.getAddress())
                                    .doesNotContain("evil.example", "cmd", "SUM(1+1)", "2+3");
                        } else if (cell.getCellType() == CellType.STRING && FORMULA_LIKE.contains(cell.getStringCellValue())) {
                            found.add(cell.getStringCellValue());
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as("%s!%s is marked as text, so Excel will not run it when edited", sheet.getSheetName(),
                                            cell.getAddress()).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(found).as("every text arrives verbatim as a string cell").containsAll(FORMULA_LIKE);
    }

    @Test
    void aFigureAnnouncedAfterTheAsOfDateIsLeftOutOfTheBriefing() throws IOException {
        HostileInput future = only("announced after the as-of date");
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", write(future).toString(), "--out", out.toString(), "--as-of", "2025-02-07");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("2025-W06/capex-briefing-2025-W06.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("75").doesNotContain("$85B", "from the future");
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"billion-laughs.yaml", "alias-in-figures.yaml", "java-tag.yaml",
            "runtime-tag.yaml", "custom-tag.yaml", "list.yaml", "scalar.yaml", "empty.yaml", "comments-only.yaml",
            "two-documents.yaml", "numbers-as-written.yaml", "duplicate-field.yaml", "nested-value.yaml"})
    void hostileYamlIsRefusedAndNothingIsWritten(String fixture) throws IOException {
        Path file;
        try (InputStream in = HostileInputCliTest.class.getResourceAsStream("/hostile/yaml/" + fixture)) {
            file = Files.write(dir.resolve(fixture), in.readAllBytes());
        }
        Cli v = Cli.run("validate", "--data", file.toString());
        assertThat(v.exitCode()).as(v.err()).isEqualTo(1);
        assertThat(v.err().lines()).allMatch(l -> l.startsWith(file.toString()) || l.endsWith("error(s); nothing was written."));
        assertThat(v.err()).doesNotContain("Exception", "\tat ");
        Path out = dir.resolve("out");
        Cli b = Cli.run("brief", "--data", file.toString(), "--out", out.toString());
        assertThat(b.exitCode()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void aTenMegabyteLineIsRefusedWithoutReadingTheRest() throws IOException {
        Path file = dir.resolve("one-line.csv");
        try (java.io.Writer w = Files.newBufferedWriter(file)) {
            w.write(HostileInput.HEADER);
            for (int i = 0; i < 10 * 1024; i++) {
                w.write("x".repeat(1024));
            }
        }
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                file + ":2: has a line longer than 1000000 characters; this is not a capexbrief dataset",
                "1 error(s); nothing was written.");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEndlessStreamIsRefusedAtTheLineLimit() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")), "no /dev/zero");
        Cli r = Cli.run("validate", "--data", "/dev/zero");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                "/dev/zero:1: has a line longer than 1000000 characters; this is not a capexbrief dataset",
                "1 error(s); nothing was written.");
    }

    static HostileInput only(String name) {
        return HostileInputs.all().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static List<Path> partFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
