package dev.capexbrief.dataset.hostile;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.dataset.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The hostile-input table read the way the CLI reads a file: every refusal exact, every acceptance correct. */
class HostileDatasetTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<HostileInput> refused() {
        return HostileInputs.refusals();
    }

    static java.util.stream.Stream<HostileInput> accepted() {
        return HostileInputs.acceptances();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithEveryProblemAndItsPlace(HostileInput input) throws Exception {
        Path file = Files.write(dir.resolve(input.fileName()), input.bytes());
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> new DatasetReader().read(file));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).containsExactlyElementsOf(input.messagesFor(file.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void isAcceptedAndReadCorrectly(HostileInput input) throws Exception {
        Path file = Files.write(dir.resolve(input.fileName()), input.bytes());
        Dataset d = new DatasetReader().read(file);
        assertThat(d.warnings()).extracting(Problem::toString).containsExactlyElementsOf(input.messagesFor(file.toString()));
        CHECKS.getOrDefault(input.name(), HostileDatasetTest::alphabet75).accept(d);
    }

    private static final Map<String, Consumer<Dataset>> CHECKS = Map.of(
            "unknown column", d -> assertThat(only(d).amount().central()).isEqualByComparingTo("75"),
            "quoted field with embedded newlines", d -> {
                assertThat(d.figures()).hasSize(2);
                assertThat(d.figures().get(0).note()).isEqualTo("line one\nline two\r\nline three");
                assertThat(d.figures().get(1).line()).as("line numbers count the embedded newlines").isEqualTo(5);
            },
            "text that looks like a formula", d -> {
                Figure googl = d.figures().get(0);
                assertThat(googl.company().name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
                assertThat(googl.source()).isEqualTo("+cmd|' /C calc'!A0");
                assertThat(googl.note()).isEqualTo("@SUM(1+1)");
                Figure meta = d.figures().get(1);
                assertThat(meta.company().name()).isEqualTo("-2+3");
                assertThat(meta.source()).isEqualTo("=1+1");
                assertThat(meta.note()).isEqualTo("-2+3");
            },
            "semicolon CSV with decimal commas", d -> assertThat(d.figures()).extracting(f -> f.amount().central().toPlainString())
                    .containsExactly("1234.5", "1.25", "0.5"),
            "period with spaces and mixed-case kind", d -> {
                Figure f = only(d);
                assertThat(f.period()).isEqualTo(new Period.FiscalYear(2025));
                assertThat(f.kind()).isEqualTo(Kind.GUIDANCE);
                assertThat(f.amount().qualifier()).isEqualTo(Qualifier.ABOUT);
                assertThat(f.currency()).isEqualTo("USD");
            },
            "exponent notation", d -> assertThat(only(d).amount().central().toPlainString()).isEqualTo("75"),
            "zero with a nine-digit exponent", d -> assertThat(d.figures()).extracting(f -> f.amount().central())
                    .as("a zero keeps no more decimal places than a number may have: printed plainly it is short")
                    .allSatisfy(v -> assertThat(v.toPlainString()).hasSizeLessThanOrEqualTo(8)),
            "announced after the as-of date", d -> assertThat(d.figures()).hasSize(2),
            "repeated row", d -> alphabet75(d),
            "imported actual with its filing", d -> {
                Figure f = d.figures().get(0);
                assertThat(f.company().cik()).isEqualTo(1652044L);
                assertThat(f.tag()).isEqualTo("PaymentsToAcquirePropertyPlantAndEquipment");
                assertThat(f.form()).isEqualTo("10-Q");
                assertThat(f.accession()).isEqualTo("0001652044-25-000043");
                assertThat(f.confidence()).isEqualTo(Confidence.REPORTED);
                assertThat(d.figures().get(1).confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
                assertThat(d.figures().get(1).company().cik()).as("the company's, from the row that gave it").isEqualTo(1652044L);
            });

    private static Figure only(Dataset d) {
        assertThat(d.figures()).hasSize(1);
        return d.figures().get(0);
    }

    private static void alphabet75(Dataset d) {
        Figure f = only(d);
        assertThat(f.company().id()).isEqualTo("GOOGL");
        assertThat(f.company().name()).isEqualTo("Alphabet");
        assertThat(f.amount().central()).isEqualByComparingTo("75");
        assertThat(f.announced()).isEqualTo(LocalDate.of(2025, 2, 4));
    }

    @Test
    void aFigureAnnouncedAfterTheAsOfDateIsNotSeen() throws Exception {
        HostileInput future = HostileInputs.acceptances().filter(c -> c.name().equals("announced after the as-of date"))
                .findFirst().orElseThrow();
        Path file = Files.write(dir.resolve(future.fileName()), future.bytes());
        Dataset d = new DatasetReader().read(file);
        Briefing asOf = new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2025, 2, 7), "USD", null));
        assertThat(asOf.guidanceFor("GOOGL").orElseThrow().central()).as("the 2099 figure is not public yet").isEqualByComparingTo("75");
        Briefing later = new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2099, 3, 1), "USD", null));
        assertThat(later.guidanceFor("GOOGL").orElseThrow().central()).isEqualByComparingTo("85");
    }

    @Test
    void everyCaseHasAUniqueFileName() {
        List<String> names = HostileInputs.all().map(HostileInput::fileName).toList();
        assertThat(names).doesNotHaveDuplicates();
    }
}
