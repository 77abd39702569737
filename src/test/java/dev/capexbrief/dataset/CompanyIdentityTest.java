package dev.capexbrief.dataset;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company written two ways is an error, in every format, with the line, the field and the id it
 * probably means; real tickers that only look alike are not.
 */
class CompanyIdentityTest {
    private static final String HEADER = "company,company_name,metric,kind,period,value,announced\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two letters swapped | MTEA | MTEA is one typo away from META (line 2); did you mean META? If MTEA is another company, give both their company names (or CIKs)
            lower case          | meta | meta and META (line 2) differ only in case; did you mean META? A company has one id
            title case          | Meta | Meta and META (line 2) differ only in case; did you mean META? A company has one id
            a letter added      | METTA | METTA is one typo away from META (line 2); did you mean META? If METTA is another company, give both their company names (or CIKs)
            a letter changed    | MXTA | MXTA is one typo away from META (line 2); did you mean META? If MXTA is another company, give both their company names (or CIKs)
            """)
    void aCsvIdThatIsAnotherWrittenAgainIsAnError(String what, String typo, String message) throws IOException {
        String csv = HEADER + "META,Meta,capex,guidance,FY2025,60,2025-01-29\n"
                + typo + ",,capex,guidance,FY2026,70,2025-10-29\n";
        assertThat(problems("figures.csv", csv)).containsExactly("{file}:3: company: " + message);
    }

    @Test
    void theNameOfACompanyAlreadyListedIsAnErrorOnTheNameField() throws IOException {
        String yaml = """
                companies:
                  - {id: META, name: Meta Platforms, fiscal_year_end: 12}
                  - {id: FB, name: "Meta Platforms, Inc.", fiscal_year_end: 12}
                figures:
                  - {company: META, metric: capex, kind: guidance, period: FY2025, value: 60, announced: 2025-01-29}
                  - {company: FB, metric: capex, kind: guidance, period: FY2026, value: 70, announced: 2025-10-29}
                """;
        assertThat(problems("figures.yaml", yaml)).containsExactly("{file}:3: name: FB's name 'Meta Platforms, Inc.' is"
                + " META's (line 2: 'Meta Platforms'); did you mean META? A company has one id");
    }

    @Test
    void aYamlFigureOfACompanyTheListLacksIsAnErrorNamingTheLikelyOne() throws IOException {
        String yaml = """
                companies:
                  - {id: AMZN, name: Amazon, fiscal_year_end: 12}
                  - {id: META, name: Meta, fiscal_year_end: 12}
                figures:
                  - {company: META, metric: capex, kind: guidance, period: FY2025, value: 60, announced: 2025-01-29}
                  - {company: MTEA, metric: capex, kind: guidance, period: FY2026, value: 70, announced: 2025-10-29}
                  - {company: NVDA, metric: capex, kind: guidance, period: FY2026, value: 20, announced: 2025-10-29}
                  - {company: meta, metric: capex, kind: guidance, period: FY2027, value: 80, announced: 2025-10-29}
                """;
        assertThat(problems("figures.yaml", yaml)).containsExactly(
                "{file}:6: company: MTEA is not listed under companies:; did you mean META? (listed on line 3)",
                "{file}:7: company: NVDA is not listed under companies:; add it there with its name and fiscal_year_end"
                        + " (or correct the id)",
                "{file}:8: company: meta is not listed under companies:; did you mean META? (listed on line 3)");
    }

    @Test
    void aYamlFileWithoutACompaniesListComparesItsFiguresIdsAmongThemselves() throws IOException {
        String yaml = """
                figures:
                  - {company: META, company_name: Meta, metric: capex, kind: guidance, period: FY2025, value: 60, announced: 2025-01-29}
                  - {company: MTEA, metric: capex, kind: guidance, period: FY2026, value: 70, announced: 2025-10-29}
                """;
        assertThat(problems("figures.yaml", yaml)).containsExactly("{file}:3: company: MTEA is one typo away from META"
                + " (line 2); did you mean META? If MTEA is another company, give both their company names (or CIKs)");
    }

    @Test
    void companiesListedAfterTheFiguresAreStillTheList() throws IOException {
        String yaml = """
                figures:
                  - {company: META, metric: capex, kind: guidance, period: FY2025, value: 60, announced: 2025-01-29}
                companies:
                  - {id: META, name: Meta, fiscal_year_end: 12}
                """;
        Dataset d = read("figures.yaml", yaml);
        assertThat(d.companies().keySet()).containsExactly("META");
        assertThat(d.companies().get("META").name()).isEqualTo("Meta");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zero width space      | 200B | ZERO WIDTH SPACE
            zero width non-joiner | 200C | ZERO WIDTH NON-JOINER
            zero width joiner     | 200D | ZERO WIDTH JOINER
            word joiner           | 2060 | WORD JOINER
            soft hyphen           | 00AD | SOFT HYPHEN
            right-to-left mark    | 200F | RIGHT-TO-LEFT MARK
            right-to-left override| 202E | RIGHT-TO-LEFT OVERRIDE
            """)
    void anInvisibleCharacterInAnIdIsAnErrorOnItsField(String what, String hex, String name) throws IOException {
        String bad = "ME" + Character.toString(Integer.parseInt(hex, 16)) + "TA";
        String csv = HEADER + "META,Meta,capex,guidance,FY2025,60,2025-01-29\n"
                + bad + ",Meta,capex,guidance,FY2026,70,2025-10-29\n";
        assertThat(problems("figures.csv", csv)).containsExactly("{file}:3: company: 'ME\\u" + hex + "TA' contains an"
                + " invisible character (U+" + hex + " " + name + "); retype the id");

        String yaml = "companies:\n  - {id: \"" + bad + "\", name: Meta}\nfigures:\n"
                + "  - {company: META, metric: capex, kind: guidance, period: FY2025, value: 60, announced: 2025-01-29}\n";
        assertThat(problems("figures.yaml", yaml)).first().isEqualTo("{file}:2: id: 'ME\\u" + hex
                + "TA' contains an invisible character (U+" + hex + " " + name + "); retype the id");
    }

    @Test
    void aC1ControlCharacterInACsvIdIsAnError() throws IOException {
        String csv = HEADER + "ME\u0085TA,Meta,capex,guidance,FY2026,70,2025-10-29\n";
        assertThat(problems("figures.csv", csv)).containsExactly("{file}:2: company: 'ME\\u0085TA' contains an"
                + " invisible character (U+0085 NEXT LINE (NEL)); retype the id");
    }

    @Test
    void idsAreComparedInNfkcFormSoAFullWidthIdIsTheSameCompany() throws IOException {
        String csv = HEADER + "META,Meta,capex,guidance,FY2025,60,2025-01-29\n"
                + "\uFF2D\uFF25\uFF34\uFF21,Meta,capex,guidance,FY2026,70,2025-10-29\n";
        Dataset d = read("figures.csv", csv);
        assertThat(d.companies().keySet()).containsExactly("META");
        assertThat(d.figures()).extracting(f -> f.company().id()).containsExactly("META", "META");
    }

    @Test
    void aByteOrderMarkInsideACsvIsAnErrorOnItsLine() throws IOException {
        // two exports joined: the second one's BOM and header land in the middle
        String csv = HEADER + "META,Meta,capex,guidance,FY2025,60,2025-01-29\n"
                + "\uFEFF" + HEADER + "AMZN,Amazon,capex,guidance,FY2025,100,2025-02-06\n";
        assertThat(problems("joined.csv", csv)).containsExactly("{file}:3: company: contains a byte-order mark (U+FEFF),"
                + " which belongs only at the very start of a file; remove it (files joined together carry one at each join)");
    }

    @Test
    void aSecondByteOrderMarkAtTheStartIsAnErrorOnLineOne() throws IOException {
        String csv = "\uFEFF\uFEFF" + HEADER + "META,Meta,capex,guidance,FY2025,60,2025-01-29\n";
        assertThat(problems("twice.csv", csv)).containsExactly("{file}:1: header: contains a byte-order mark (U+FEFF),"
                + " which belongs only at the very start of a file; remove it (files joined together carry one at each join)");
    }

    @Test
    void aByteOrderMarkInsideAYamlFileIsAnErrorOnItsLineAndNothingElse() throws IOException {
        // a BOM before a key would otherwise turn figures: into an unknown section
        String yaml = "companies:\n  - {id: META, name: Meta}\n\uFEFFfigures:\n"
                + "  - {company: META, metric: capex, kind: guidance, period: FY2025, value: 60, announced: 2025-01-29}\n"
                + "  - {company: \"ME\uFEFFTA\", metric: capex, kind: guidance, period: FY2026, value: 70, announced: 2025-10-29}\n";
        String bom = ": contains a byte-order mark (U+FEFF), which belongs only at the very start of a file; remove it"
                + " (files joined together carry one at each join)";
        assertThat(problems("joined.yaml", yaml)).containsExactly("{file}:3" + bom, "{file}:5" + bom);
    }

    @Test
    void aByteOrderMarkOrInvisibleCharacterInAWorkbookCellIsAnErrorOnItsRowAndColumn() throws IOException {
        Path xlsx = dir.resolve("data.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = wb.createSheet("Data");
            String[][] rows = {
                    {"company", "company_name", "metric", "kind", "period", "value", "announced"},
                    {"META", "Meta", "capex", "guidance", "FY2025", "60", "2025-01-29"},
                    {"META", "Meta\uFEFF", "capex", "guidance", "FY2026", "70", "2025-10-29"},
                    {"ME\u200BTA", "Meta", "capex", "guidance", "FY2027", "80", "2025-10-29"},
                    {"MTEA", "Meta", "capex", "guidance", "FY2027", "80", "2025-10-29"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        assertThat(problems(xlsx)).containsExactly(
                "{file}:3: company_name: contains a byte-order mark (U+FEFF), which belongs only at the very start of a"
                        + " file; remove it (files joined together carry one at each join)",
                "{file}:4: company: 'ME\\u200BTA' contains an invisible character (U+200B ZERO WIDTH SPACE); retype the id",
                "{file}:5: company: MTEA is one typo away from META (line 2); did you mean META? If MTEA is another"
                        + " company, give both their company names (or CIKs)");
    }

    /** Tickers that look alike and are two companies: no error. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            short tickers, no names          | MS   |             | MU   |
            three letters against four       | MET  |             | META |
            short tickers, names             | GE   | GE Aerospace | GM   | General Motors
            names tell them apart            | CRWV | CoreWeave   | CRWD | CrowdStrike
            names tell them apart            | INTC | Intel       | INTU | Intuit
            numbered tickers                 | 9984.T | SoftBank Group | 9983.T |
            numbered tickers, no names       | 0700.HK |           | 0701.HK |
            """)
    void tickersThatOnlyLookAlikeAreTwoCompanies(String what, String a, String nameA, String b, String nameB)
            throws IOException {
        String csv = HEADER + a + "," + (nameA == null ? "" : nameA) + ",capex,guidance,FY2025,60,2025-01-29\n"
                + b + "," + (nameB == null ? "" : nameB) + ",capex,guidance,FY2025,70,2025-01-29\n";
        assertThat(read("figures.csv", csv).companies().keySet()).containsExactly(a, b);
    }

    @Test
    void oneTypoApartWithoutNamesIsAnErrorThatSaysHowToKeepBoth() throws IOException {
        String csv = HEADER + "CRWV,,capex,guidance,FY2025,60,2025-01-29\nCRWD,,capex,guidance,FY2025,70,2025-01-29\n";
        assertThat(problems("figures.csv", csv)).containsExactly("{file}:3: company: CRWD is one typo away from CRWV"
                + " (line 2); did you mean CRWV? If CRWD is another company, give both their company names (or CIKs)");
        // a name that begins the other's does not tell them apart
        String prefix = HEADER + "META,Meta Platforms,capex,guidance,FY2025,60,2025-01-29\n"
                + "MTEA,Meta,capex,guidance,FY2025,70,2025-01-29\n";
        assertThat(problems("figures.csv", prefix)).singleElement().asString().startsWith("{file}:3: company: MTEA is one"
                + " typo away from META (line 2); did you mean META?");
    }

    @Test
    void aCikEachTellsTwoCompaniesApart() throws IOException {
        // two filers under one name and ids one letter apart: their CIKs say they are two
        String csv = "company,company_name,cik,metric,kind,period,value,announced\n"
                + "GOOG,Alphabet,1652044,capex,guidance,FY2025,75,2025-02-04\n"
                + "GOOGL,Alphabet,1652045,capex,guidance,FY2025,75,2025-02-04\n";
        assertThat(read("figures.csv", csv).companies().keySet()).containsExactly("GOOG", "GOOGL");
    }

    @Test
    void aNameThatDefaultsToTheIdIsNoName() throws IOException {
        // ALPHABET's name is its id; only GOOGL names Alphabet
        String yaml = """
                companies:
                  - {id: ALPHABET, fiscal_year_end: 12}
                  - {id: GOOGL, name: Alphabet, fiscal_year_end: 12}
                figures:
                  - {company: ALPHABET, metric: capex, kind: guidance, period: FY2025, value: 75, announced: 2025-02-04}
                  - {company: GOOGL, metric: capex, kind: guidance, period: FY2026, value: 85, announced: 2025-10-29}
                """;
        assertThat(read("figures.yaml", yaml).companies().keySet()).containsExactly("ALPHABET", "GOOGL");
    }

    @Test
    void theBundledDatasetHasNoIdentityProblem() {
        Dataset d = new DatasetReader().readBundled();
        assertThat(d.companies().keySet()).containsExactly("AMZN", "GOOGL", "META", "MSFT", "ORCL", "AAPL", "BABA",
                "0700.HK", "CRWV");
    }

    private Dataset read(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        try {
            return new DatasetReader().read(file);
        } catch (InvalidDatasetException e) {
            throw new AssertionError("expected a valid dataset: " + e.problems(), e);
        }
    }

    private List<String> problems(String name, String text) throws IOException {
        return problems(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
    }

    /** The errors as printed, with the file's path written {file}. */
    private static List<String> problems(Path file) throws IOException {
        try {
            new DatasetReader().read(file);
            return List.of();
        } catch (InvalidDatasetException e) {
            return e.problems().stream().filter(Problem::isError).map(p -> p.toString().replace(file.toString(), "{file}"))
                    .toList();
        }
    }
}
