package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Broken and hostile payloads each give one {@link EdgarFormatException}: one line naming the file,
 * the line and column, and the problem; never an unchecked exception, never a read to the end.
 */
class HostilePayloadTest {
    private static final long MB = 1_000_000;
    private static final String HEAD = "{\"cik\":1000099,\"entityName\":\"HOSTILE INC.\",\"facts\":{\"us-gaap\":{";
    private static final String FACT = "{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\",\"val\":812000000,"
            + "\"accn\":\"0001000099-25-000001\",\"fy\":2024,\"fp\":\"FY\",\"form\":\"10-K\",\"filed\":\"2025-02-20\"},";

    private final CompanyFactsReader reader = new CompanyFactsReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated.json       | truncated.json:4:52: ends in the middle of the JSON; the payload is truncated
            duplicate-units.json | duplicate-units.json:4:1: has the key "units" twice in one object
            shares-unit.json     | shares-unit.json:3:1: us-gaap:PaymentsToAcquirePropertyPlantAndEquipment: unit "shares" is not a currency; a money concept is reported in an ISO 4217 code such as USD or TWD
            huge-number.json     | huge-number.json:3:48: us-gaap:Revenues USD: value 1e400 is out of range (at most 18 digits before the point)
            nan.json             | nan.json:3:51: has 'NaN', which is not a JSON number
            text-value.json      | text-value.json:3:48: us-gaap:NetCashProvidedByUsedInOperatingActivities USD: value "1,234,000" is not a number
            bad-date.json        | bad-date.json:3:29: us-gaap:Revenues USD: "end" is not a date (yyyy-mm-dd): "2024-13-31"
            missing-accn.json    | missing-accn.json:3:1: us-gaap:Revenues USD: a fact has no "accn"
            no-cik.json          | no-cik.json:1:39: has no "cik"; a companyfacts payload names its company by CIK
            array-root.json      | array-root.json:1:1: is not a companyfacts payload: it does not start with a JSON object
            two-documents.json   | two-documents.json:2:1: has more content after the end of the JSON object
            """)
    void aBrokenPayloadIsOneLineWithFilePositionAndProblem(String fixture, String message) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.path("malformed/" + fixture))) {
            EdgarFormatException e = catchThrowableOfType(EdgarFormatException.class, () -> reader.read(fixture, in));
            assertThat(e).hasMessage(message);
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(e.source()).isEqualTo(fixture);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the CIK            | {"cik":1,"entityName":"A","cik":2,"facts":{}}                                                   | 1:27: has the key "cik" twice in one object
            the facts          | {"cik":1,"entityName":"A","facts":{},"facts":{}}                                                | 1:38: has the key "facts" twice in one object
            a taxonomy         | {"cik":1,"entityName":"A","facts":{"us-gaap":{},"us-gaap":{}}}                                  | 1:49: has the key "us-gaap" twice in one object
            a mapped concept   | {"cik":1,"entityName":"A","facts":{"us-gaap":{"Revenues":{},"Revenues":{}}}}                    | 1:61: has the key "Revenues" twice in one object
            a unit             | {"cik":1,"entityName":"A","facts":{"us-gaap":{"Revenues":{"units":{"USD":[],"USD":[]}}}}}        | 1:77: has the key "USD" twice in one object
            a fact's value     | {"cik":1,"entityName":"A","facts":{"us-gaap":{"Revenues":{"units":{"USD":[{"val":1,"val":2}]}}}}} | 1:84: has the key "val" twice in one object
            """)
    void aKeyTheImportReadsMayComeOnlyOnce(String what, String json, String message) {
        EdgarFormatException e = refused(reader, new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(e).as(what).hasMessage("hostile.json:" + message);
    }

    @Test
    void aDuplicateInsideWhatTheImportSkipsChangesNothing() throws IOException {
        String json = "{\"cik\":1,\"entityName\":\"A\",\"facts\":{\"dei\":{\"X\":{\"label\":\"a\",\"label\":\"b\"}},"
                + "\"us-gaap\":{\"Assets\":{},\"Assets\":{}}}}";
        assertThat(reader.read("skipped.json", new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).concepts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1e99999999999   | value 1e99999999999 is out of range (at most 18 digits before the point)
            -1e400          | value -1e400 is out of range (at most 18 digits before the point)
            1E-400          | value 1E-400 has more than 12 decimal places
            1e18            | value 1e18 is out of range (at most 18 digits before the point)
            true            | value of this kind is not a number
            [1]             | value of this kind is not a number
            null            | value null is not a number
            """)
    void aValueMustBeAnOrdinaryNumber(String val, String problem) {
        String json = HEAD + "\"Revenues\":{\"units\":{\"USD\":[" + FACT.replace("812000000", val).replace("},", "}]}}}}}");
        EdgarFormatException e = refused(reader, new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(e.problem()).isEqualTo("us-gaap:Revenues USD: " + problem);
    }

    @Test
    void aZeroWithANineDigitExponentIsReadAsAPlainZero() throws IOException {
        // 0e-99999999 is zero with 99,999,999 decimal places: kept as written it prints as 100 MB of zeros
        String json = HEAD + "\"Revenues\":{\"units\":{\"USD\":[" + FACT.replace("812000000", "0e-99999999").replace("},", "}]}}}}}");
        CompanyFacts facts = reader.read("zero.json", new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.math.BigDecimal val = facts.concepts().get(0).facts().get(0).val();
        assertThat(val).isEqualByComparingTo("0");
        assertThat(val.scale()).isZero();
    }

    @Test
    void textThatIsNoUnicodeIsRefused() {
        byte[] utf32 = {0, 0, 0, '{', (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        EdgarFormatException e = refused(reader, new java.io.ByteArrayInputStream(utf32));
        assertThat(e.problem()).startsWith("is not JSON text: Invalid UTF-32 character");
    }

    @Test
    void randomDamageToAPayloadNeverEscapesAsAnotherException() throws IOException {
        byte[] payload = Files.readAllBytes(Fixtures.path("restatement.json"));
        java.util.Random random = new java.util.Random(14);
        int refusals = 0;
        for (int i = 0; i < 3_000; i++) {
            byte[] damaged = payload.clone();
            for (int j = random.nextInt(4); j >= 0; j--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                reader.read("damaged.json", new java.io.ByteArrayInputStream(damaged));
            } catch (EdgarFormatException e) {
                assertThat(e.getMessage()).startsWith("damaged.json:").doesNotContain("\n");
                refusals++;
            }
        }
        assertThat(refusals).as("most damage is noticed").isGreaterThan(1_500);
    }

    @Test
    void oneHundredMegabytesInOneStringAreRefusedAfterTheStringLimit() {
        GeneratedStream in = new GeneratedStream("{\"cik\":1000099,\"entityName\":\"", "junk ", 100 * MB);
        EdgarFormatException e = refused(reader, in);
        assertThat(e.problem()).isEqualTo("has a string longer than 100000 characters");
        assertThat(in.consumed()).isLessThan(MB);
    }

    @Test
    void oneHundredMegabytesOfSkippedJunkStreamThroughToOneLine() {
        // a string in a concept the import does not map is skipped, not built: memory stays flat to the end
        GeneratedStream in = new GeneratedStream(HEAD + "\"Unmapped\":{\"description\":\"", "junk ", 100 * MB);
        EdgarFormatException e = refused(reader, in);
        assertThat(e.problem()).isEqualTo("ends in the middle of the JSON; the payload is truncated");
        assertThat(in.consumed()).isEqualTo(100 * MB);
    }

    @Test
    void oneHundredMegabytesOfBinaryJunkAreRefusedAtTheFirstByte() {
        GeneratedStream in = new GeneratedStream("\u0001", "\u0000\u00ff\u0013", 100 * MB);
        EdgarFormatException e = refused(reader, in);
        assertThat(e).hasMessageStartingWith("hostile.json:1:2: is not valid JSON: Illegal character");
        assertThat(in.consumed()).isLessThan(MB);
    }

    @Test
    void aPayloadPastTheSizeLimitIsRefusedWhenItCrossesTheLimit() {
        // well-formed all the way: an unmapped concept with a million facts
        EdgarLimits limits = new EdgarLimits(16L * 1024 * 1024, 20, 100_000, 200_000, 200);
        GeneratedStream in = new GeneratedStream(HEAD + "\"Unmapped\":{\"units\":{\"USD\":[", FACT, 100 * MB);
        EdgarFormatException e = refused(new CompanyFactsReader(ConceptMap.standard(), limits), in);
        assertThat(e.problem()).isEqualTo("is larger than the 16 MiB limit for one payload (the SEC's largest are tens of MB)");
        assertThat(e.line()).isEqualTo(1);
        assertThat(in.consumed()).isBetween(16L * 1024 * 1024, 16L * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void theDefaultLimitIs256MiB() {
        assertThat(EdgarLimits.DEFAULT.payloadSize()).isEqualTo("256 MiB");
    }

    @Test
    void deepNestingIsRefusedPastTheLimit() {
        GeneratedStream in = new GeneratedStream("{\"cik\":1000099,\"extra\":", "[", 10 * MB);
        EdgarFormatException e = refused(reader, in);
        assertThat(e).hasMessage("hostile.json:1:44: nests deeper than 20 levels (a companyfacts payload has 7)");
        assertThat(in.consumed()).isLessThan(MB);
    }

    @Test
    void tooManyFactsForTheMappedConceptsAreRefused() {
        EdgarLimits limits = new EdgarLimits(EdgarLimits.DEFAULT.maxPayloadBytes(), 20, 100_000, 1_000, 200);
        GeneratedStream in = new GeneratedStream(HEAD + "\"Revenues\":{\"units\":{\"USD\":[", FACT, 10 * MB);
        EdgarFormatException e = refused(new CompanyFactsReader(ConceptMap.standard(), limits), in);
        assertThat(e.problem()).isEqualTo("has more than 1000 facts for the mapped concepts; no company files that many");
    }

    @Test
    void aHugeKeyIsRefused() {
        GeneratedStream in = new GeneratedStream(HEAD + "\"", "Tag", 10 * MB);
        assertThat(refused(reader, in).problem()).isEqualTo("has a key longer than 1000 characters");
    }

    @Test
    void anEmptyPayloadIsRefused() {
        assertThat(refused(reader, new GeneratedStream(" ", " ", 10))).hasMessage("hostile.json:1: is empty; a companyfacts payload is a JSON object");
    }

    private static EdgarFormatException refused(CompanyFactsReader reader, InputStream in) {
        EdgarFormatException e = catchThrowableOfType(EdgarFormatException.class, () -> reader.read("hostile.json", in));
        assertThat(e).as("an EdgarFormatException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }
}
