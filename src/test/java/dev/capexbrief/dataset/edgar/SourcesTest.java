package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SourcesTest {
    private static final String GARBAGE = "this is not JSON {{{";

    @TempDir
    Path dir;

    private final EdgarImport importer = new EdgarImport();

    @Test
    void aSourceIsAFolderAZipOrAPayload() throws IOException {
        Path zip = zip("companyfacts.zip", List.of(entry("CIK0001000001.json", fixture("tag-switch.json"))));
        Path renamed = Files.copy(zip, dir.resolve("bulk.bin"));
        assertThat(Sources.of(dir)).isInstanceOf(CompanyFactsFolder.class);
        assertThat(Sources.of(zip)).isInstanceOf(CompanyFactsZip.class);
        assertThat(Sources.of(renamed)).as("told by its first bytes, not its name").isInstanceOf(CompanyFactsZip.class);
        assertThat(Sources.of(Fixtures.path("nulls.json"))).isInstanceOf(CompanyFactsJsonSource.class);
        assertThatThrownBy(() -> Sources.of(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFolderIsItsJsonFilesInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.json"), fixture("tag-switch.json"));
        Files.writeString(dir.resolve("a.json"), fixture("restatement.json"));
        Files.writeString(dir.resolve("c.json"), fixture("weeks-52-53.json"));
        Files.writeString(dir.resolve("notes.txt"), GARBAGE);
        Files.writeString(dir.resolve("old.json.bak"), GARBAGE);
        Files.createDirectory(dir.resolve("sub.json"));
        Files.writeString(dir.resolve("sub.json").resolve("d.json"), GARBAGE);
        assertThat(importer.read(List.of(dir), Set.of(), Set.of())).extracting(ImportedCompany::cik)
                .containsExactly(1000002L, 1000001L, 1000003L);
    }

    @Test
    void aFolderKeepsTheCompaniesAskedFor() throws IOException {
        Files.writeString(dir.resolve("a.json"), fixture("restatement.json"));
        Files.writeString(dir.resolve("b.json"), fixture("tag-switch.json"));
        assertThat(importer.read(List.of(dir), Set.of(1000001L), Set.of())).extracting(ImportedCompany::entityName)
                .containsExactly("SWITCHING TAGS INC.");
    }

    @Test
    void theBulkZipReadsOnlyTheEntriesOfTheCiksAskedFor() throws IOException {
        Path zip = bulkZip();
        // the unasked entries are garbage: parsing any of them would fail
        List<ImportedCompany> companies = importer.read(List.of(zip), Set.of(1000001L, 1000003L), Set.of());
        assertThat(companies).extracting(ImportedCompany::cik).containsExactly(1000001L, 1000003L);
        assertThat(companies.get(1).fiscalYearEnd()).hasToString("JANUARY");
        assertThat(companies.get(0).actuals()).isEqualTo(Fixtures.importOne("tag-switch.json").actuals());
    }

    @Test
    void entriesNotNamedLikeAPayloadAreSkippedEvenWhenEveryCompanyIsAsked() throws IOException {
        Path zip = zip("companyfacts.zip", List.of(
                entry("README.txt", GARBAGE),
                entry("CIK123.json", GARBAGE),
                entry("CIK0001000004.json", fixture("ifrs-twd.json")),
                entry("CIK0001000004.json.orig", GARBAGE)));
        assertThat(importer.read(List.of(zip), Set.of(), Set.of())).extracting(ImportedCompany::cik).containsExactly(1000004L);
    }

    @Test
    void aBrokenEntryIsNamedInsideItsArchive() throws IOException {
        Path zip = bulkZip();
        EdgarFormatException e = catchThrowableOfType(EdgarFormatException.class,
                () -> importer.read(List.of(zip), Set.of(1000099L), Set.of()));
        assertThat(e).hasMessage(zip + "!/CIK0001000099.json:1:1: is not valid JSON: Unrecognized token 'this':"
                + " was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    }

    @Test
    void companiesAreHandedOverOneByOneAsTheArchiveIsRead() throws IOException {
        Path zip = zip("companyfacts.zip", List.of(
                entry("CIK0001000001.json", fixture("tag-switch.json")),
                entry("CIK0001000002.json", GARBAGE)));
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> importer.stream(Sources.of(List.of(zip)), Set.of(), Set.of(), c -> seen.add(c.cik())))
                .isInstanceOf(EdgarFormatException.class);
        assertThat(seen).as("the first company was imported before the second entry was read").containsExactly(1000001L);
    }

    @Test
    void anEntryThatInflatesLikeABombIsRefused() throws IOException {
        String bomb = "{\"cik\":1000001,\"entityName\":\"BOMB\",\"facts\":{" + " ".repeat(20_000_000) + "}}";
        Path zip = zip("companyfacts.zip", List.of(entry("CIK0001000001.json", bomb)));
        assertThat(Files.size(zip)).isLessThan(100_000);
        EdgarFormatException e = catchThrowableOfType(EdgarFormatException.class,
                () -> importer.read(List.of(zip), Set.of(), Set.of()));
        assertThat(e.source()).isEqualTo(zip + "!/CIK0001000001.json");
        assertThat(e.problem()).startsWith("inflates more than 200:1 (").endsWith("); refused as a zip bomb");
    }

    @Test
    void anEntryPastThePayloadLimitIsRefusedEvenAtAnInnocentRatio() throws IOException {
        EdgarLimits small = new EdgarLimits(64 * 1024, 20, 100_000, 200_000, 200);
        Path zip = zip("companyfacts.zip", List.of(entry("CIK0001000002.json", fixture("restatement.json").repeat(1)
                .replace("\"facts\":{", "\"padding\":\"" + randomText(100_000) + "\",\"facts\":{"))));
        EdgarFormatException e = catchThrowableOfType(EdgarFormatException.class,
                () -> new EdgarImport(small).read(List.of(zip), Set.of(), Set.of()));
        assertThat(e.problem()).isEqualTo("is larger than the 65536 bytes limit for one payload (the SEC's largest are tens of MB)");
    }

    @Test
    void anEntryMustHoldTheCompanyItsNameSays() throws IOException {
        Path zip = zip("companyfacts.zip", List.of(entry("CIK0001000002.json", fixture("tag-switch.json"))));
        assertThatThrownBy(() -> importer.read(List.of(zip), Set.of(), Set.of()))
                .hasMessage(zip + "!/CIK0001000002.json: holds CIK 1000001, not the 1000002 its name says");
    }

    @Test
    void aTruncatedArchiveIsRefusedNotReadAsASmallerOne() throws IOException {
        Path whole = bulkZip();
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.zip");
        // cut right after the first entry: streamed, it would read as an archive of one company
        Files.write(cut, java.util.Arrays.copyOf(bytes, firstEntryEnd(bytes)));
        assertThatThrownBy(() -> importer.read(List.of(cut), Set.of(), Set.of()))
                .isInstanceOf(EdgarFormatException.class)
                .hasMessage(cut + ": is not a complete zip archive: it has no end record (a truncated download?)");
    }

    @Test
    void aCorruptEntryIsOneLine() throws IOException {
        Path zip = zip("companyfacts.zip", List.of(entry("CIK0001000001.json", fixture("tag-switch.json"))));
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 60; i < 90; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(zip, bytes);
        EdgarFormatException e = catchThrowableOfType(EdgarFormatException.class,
                () -> importer.read(List.of(zip), Set.of(), Set.of()));
        assertThat(e.source()).isEqualTo(zip + "!/CIK0001000001.json");
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    /** Where the second local header starts: the first entry's data and descriptor end there. */
    private static int firstEntryEnd(byte[] zip) {
        for (int i = 4; i < zip.length - 4; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                return i;
            }
        }
        throw new IllegalStateException("one entry only");
    }

    @Test
    void aDownloadedStreamIsReadOnceAndLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream download = new ByteArrayInputStream(fixture("ifrs-twd.json").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CompanyFactsJsonSource source = CompanyFactsJsonSource.of("CIK0001000004.json", download);
        List<ImportedCompany> companies = importer.readSources(List.of(source), Set.of(), Set.of("revenue"));
        assertThat(companies).singleElement().satisfies(c -> assertThat(c.actuals()).extracting(ImportedActual::metric).containsOnly("revenue"));
        assertThat(closed[0]).isFalse();
        assertThatThrownBy(() -> importer.readSources(List.of(source), Set.of(), Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CIK0001000004.json was read already");
    }

    @Test
    void oneCompanyInTwoSourcesIsRefused() {
        Path payload = Fixtures.path("nulls.json");
        assertThatThrownBy(() -> importer.read(List.of(payload, payload), Set.of(), Set.of()))
                .isInstanceOf(EdgarFormatException.class)
                .hasMessage(payload + ": CIK 1000005 is also in " + payload + "; give one payload per company");
    }

    @Test
    void anUnknownMetricIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> importer.read(List.of(dir.resolve("never-opened.json")), Set.of(), Set.of("capex")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown metric \"capex\"");
        assertThatThrownBy(() -> importer.readSources(List.of(), Set.of(), Set.of("capex")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown metric \"capex\"");
    }

    @Test
    void aMissingSourceIsRefusedBeforeAnyIsRead() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), GARBAGE);
        Path missing = dir.resolve("missing.json");
        // reading broken.json first would fail on its content instead
        assertThatThrownBy(() -> importer.read(List.of(broken, missing), Set.of(), Set.of()))
                .isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
    }

    private Path bulkZip() throws IOException {
        return zip("companyfacts.zip", List.of(
                entry("CIK0001000001.json", fixture("tag-switch.json")),
                entry("CIK0001000002.json", fixture("restatement.json")),
                entry("CIK0001000099.json", GARBAGE),
                entry("CIK0001000003.json", fixture("weeks-52-53.json")),
                entry("CIK0001000005.json", GARBAGE)));
    }

    private record Entry(String name, String content) {
    }

    private static Entry entry(String name, String content) {
        return new Entry(name, content);
    }

    private Path zip(String name, List<Entry> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                z.putNextEntry(new ZipEntry(e.name()));
                z.write(e.content().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(Fixtures.path(name));
    }

    /** Text that deflates no better than about 2:1, so only the size limit can refuse it. */
    private static String randomText(int length) {
        java.util.Random random = new java.util.Random(14);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
