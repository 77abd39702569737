package dev.capexbrief.golden;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The golden-file helper itself: what a difference says, and what an update does. */
class GoldenFilesTest {
    @TempDir
    Path dir;

    private GoldenFiles golden() {
        return new GoldenFiles(dir, "some/golden", false);
    }

    private void file(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameBytesPass() throws IOException {
        file("part.xml", "<a><b/></a>");
        GoldenFiles golden = golden();
        golden.checkText("part.xml", utf8("<a><b/></a>"));
        golden.verify();
    }

    @Test
    void aDifferenceNamesThePartAndShowsItsFirstDifferingLine() throws IOException {
        file("xl/part.xml", "<a><b val=\"1\"/><c/></a>");
        file("other.xml", "<x/>");
        GoldenFiles golden = golden();
        golden.checkText("xl/part.xml", utf8("<a><b val=\"2\"/><c/></a>"));
        golden.checkText("other.xml", utf8("<x/>"));
        golden.checkText("missing.xml", utf8("<y/>"));
        assertThatThrownBy(golden::verify).isInstanceOf(AssertionError.class).hasMessage("""
                2 golden files differ:

                golden xl/part.xml differs from src/test/resources/some/golden/xl/part.xml (23 bytes expected, 23 written)
                first difference at line 2:
                    same:     <a>
                    expected: <b val="1"/>
                    actual:   <b val="2"/>

                golden missing.xml: no golden file src/test/resources/some/golden/missing.xml

                """ + GoldenFiles.HOW_TO_UPDATE);
    }

    @Test
    void aShorterOutputEndsWhereTheGoldenGoesOn() {
        assertThat(GoldenFiles.firstDifference("<a><b/></a>", "<a>")).isEqualTo("""
                first difference at line 2:
                    same:     <a>
                    expected: <b/>
                    actual:   (end of file)""");
    }

    @Test
    void bytesThatDifferOnlyWhereTheReadableFormLooksAwaySaySo() throws IOException {
        file("doc.bin", "abc1");
        GoldenFiles golden = golden();
        golden.checkBytes("doc.bin", utf8("abc2"), bytes -> "same form");
        assertThatThrownBy(golden::verify).hasMessageContaining("their readable forms are the same");
    }

    @Test
    void goldenFilesNothingWroteAreADifference() throws IOException {
        file("workbook/a.xml", "<a/>");
        file("workbook/gone.xml", "<g/>");
        GoldenFiles golden = golden();
        golden.checkText("workbook/a.xml", utf8("<a/>"));
        golden.checkNoOthers("workbook");
        assertThatThrownBy(golden::verify).hasMessageContaining("golden files that the output no longer has: [workbook/gone.xml]");
    }

    @Test
    void anUpdateWritesChangedFilesAndRemovesStaleOnes() throws IOException {
        file("workbook/a.xml", "<old/>");
        file("workbook/gone.xml", "<g/>");
        GoldenFiles golden = new GoldenFiles(dir, "some/golden", true);
        golden.checkText("workbook/a.xml", utf8("<new/>"));
        golden.checkText("workbook/b/c.xml", utf8("<c/>"));
        golden.checkNoOthers("workbook");
        golden.verify();
        assertThat(dir.resolve("workbook/a.xml")).hasContent("<new/>");
        assertThat(dir.resolve("workbook/b/c.xml")).hasContent("<c/>");
        assertThat(dir.resolve("workbook/gone.xml")).doesNotExist();
    }
}
