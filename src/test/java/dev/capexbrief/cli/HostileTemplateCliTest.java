package dev.capexbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template sets with a file or a font missing or broken: a clear error naming the file, and no
 * briefing file written. (Template sandboxing is tested with the template engine.) {@link #OVERSIZED}
 * is the table of resources too large to read: each is refused from its size on disk (or, for an
 * image, from its header) before it is read, with one line naming the file and the bound, exit 2.
 */
class HostileTemplateCliTest {
    @TempDir
    Path dir;

    Path data() throws IOException {
        return Files.writeString(dir.resolve("figures.csv"), HostileOutputCliTest.CSV);
    }

    static List<Path> briefings(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".capexbrief.lock")).toList();
        }
    }

    Cli brief(Path templates, Path out) throws IOException {
        return Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07",
                "--template", templates.toString());
    }

    /**
     * A template is a program a user writes: one that never ends, writes without end or recurses
     * without end is stopped with one line naming it (exit 2), and nothing is written.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "a loop over an endless range | <#list 1.. as i></#list> | did not finish within 10 s; a #list over a range without an end (1..) or a loop that never stops? Bound it",
        "a loop that writes without end | <#list 1.. as i>x</#list> | wrote more than 4,000,000 characters; a #list that writes too much? Bound it (e.g. ?take_while or a range with an end)",
        "a hundred million items | <#list 1..100000000 as i>${i} </#list> | wrote more than 4,000,000 characters; a #list that writes too much? Bound it (e.g. ?take_while or a range with an end)",
        "a macro that calls itself | <#macro m><@m/></#macro><@m/> | a macro or function calls itself without end (the stack ran out); give its recursion a condition that stops it",
        "a function that calls itself | <#function f n><#return f(n + 1)></#function>${f(1)} | a macro or function calls itself without end (the stack ran out); give its recursion a condition that stops it"})
    void aTemplateThatWouldNeverEndIsStoppedAndNamed(String what, String code, String message) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path takeaways = Files.writeString(templates.resolve("takeaways.ftl"), code + "\n- one\n- two\n- three\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("capexbrief: " + takeaways + ": " + message);
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void aTemplateMissingFromTheFolderFallsBackToTheBundledOne() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "firm_name: Hostile Research\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("2025-W06/capex-briefing-2025-W06.pdf")).isNotEmptyFile();
    }

    @Test
    void aMissingTemplateFolderIsNamed() throws IOException {
        Path out = dir.resolve("out");
        Cli r = brief(dir.resolve("no-such-templates"), out);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: template folder not found: " + dir.resolve("no-such-templates"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aFontMissingFromTheTemplateSetIsNamedAndNothingIsWritten() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "fonts:\n  regular: house-sans.ttf\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as("a missing file is an I/O failure").isEqualTo(3);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("theme.yaml") + ":2: fonts.regular:")
                .contains("house-sans.ttf");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadCompanyColourIsOneLineWithFileAndLineAndNothingIsWritten() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "company_colors:\n  AMZN: \"#E69F00\"\n  ORCL: pink\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as("a bad theme is a usage error").isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("theme.yaml") + ":3: company_colors.ORCL:");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenFontIsNamedAndNoBriefingIsWritten() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "fonts:\n  regular: house-sans.ttf\n");
        Files.writeString(templates.resolve("house-sans.ttf"), "not a font");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as("a file that is there but is not a font is a bad template set, a usage error").isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("capexbrief: ").contains("house-sans.ttf");
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void anIncludeOfAMissingTemplateIsNamedAndNoBriefingIsWritten() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("title.ftl"), "<#include \"missing-part.ftl\">\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("title.ftl") + ":1:").contains("missing-part.ftl");
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void aTemplateThatDoesNotParseIsAUsageErrorNamingFileLineAndColumn() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("title.ftl"), "Capex briefing\n\nWeek ${week\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as("the user's template text is wrong, not a file").isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("title.ftl") + " line 3, column ")
                .contains(": syntax error: ")
                .doesNotContain("Exception");
        assertThat(briefings(out)).isEmpty();
    }

    /** One resource of a template set that must be refused before it is read, and the line that says so. */
    record Oversized(String name, String theme, String file, long size, byte[] head, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    /** The hostile resources: {@code {dir}} stands for the template folder. */
    static java.util.stream.Stream<Oversized> oversized() {
        return java.util.stream.Stream.of(
                new Oversized("a 3 GB font", "fonts:\n  regular: huge.ttf\n", "huge.ttf", 3 * GIB, new byte[0],
                        "{dir}/huge.ttf: is 3.0 GiB; a font in a template set may be at most 32 MiB"),
                new Oversized("a 40 MB bold font", "fonts:\n  bold: heavy.ttf\n", "heavy.ttf", 40 * MIB, new byte[0],
                        "{dir}/heavy.ttf: is 40 MiB; a font in a template set may be at most 32 MiB"),
                new Oversized("a 2 GB theme.yaml", null, "theme.yaml", 2 * GIB, "firm_name: Big\n".getBytes(StandardCharsets.UTF_8),
                        "{dir}/theme.yaml: is 2.0 GiB; a theme in a template set may be at most 1 MiB"),
                new Oversized("a 1 GB logo file", "logo: logo.png\n", "logo.png", GIB, png(200, 100),
                        "{dir}/logo.png: is 1.0 GiB; an image in a template set may be at most 10 MiB"),
                new Oversized("a logo whose header claims 100000 x 100000 pixels", "logo: logo.png\n", "logo.png", 0,
                        png(100_000, 100_000), "{dir}/logo.png: is 100000 \u00d7 100000 pixels; a logo may be at most 10000 pixels"
                        + " a side and 25 megapixels (a masthead shows it a few hundred pixels wide: scale it down)"),
                new Oversized("a logo of 9000 x 9000 pixels, past the megapixel bound", "logo: logo.png\n", "logo.png", 0,
                        png(9_000, 9_000), "{dir}/logo.png: is 9000 \u00d7 9000 pixels; a logo may be at most 10000 pixels"
                        + " a side and 25 megapixels (a masthead shows it a few hundred pixels wide: scale it down)"),
                new Oversized("a 2 GB template", null, "title.ftl", 2 * GIB, "Title\n".getBytes(StandardCharsets.UTF_8),
                        "{dir}/title.ftl: is 2.0 GiB; a template in a template set may be at most 1 MiB"),
                new Oversized("a 40 MB image named in no theme", null, "banner.png", 40 * MIB, png(200, 100),
                        "{dir}/banner.png: is 40 MiB; an image in a template set may be at most 10 MiB"));
    }

    /** A file that cannot shape a briefing (a video left in the folder) is not read, whatever its size. */
    @Test
    @Timeout(60)
    void aFileThatIsNotPartOfTheTemplateSetIsLeftAlone() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (RandomAccessFile f = new RandomAccessFile(templates.resolve("video.mp4").toFile(), "rw")) {
            f.setLength(3 * GIB);
        }
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("2025-W06/capex-briefing-2025-W06.pdf")).isNotEmptyFile();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversized")
    @Timeout(60)
    void aResourceTooLargeIsRefusedBeforeItIsRead(Oversized c) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        if (c.theme() != null) {
            Files.writeString(templates.resolve("theme.yaml"), c.theme());
        }
        Path big = templates.resolve(c.file());
        Files.write(big, c.head());
        if (c.size() > 0) {
            // sparse: the test takes no disk space, the file says it is that large
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.setLength(c.size());
            }
        }
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("capexbrief: " + c.message().replace("{dir}", templates.toString()));
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void anIncludedTemplateThatDoesNotParseIsNamedWithItsOwnLine() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("title.ftl"), "Capex briefing\n<#include \"part.ftl\">\n");
        Files.writeString(templates.resolve("part.ftl"), "fine\nfine\n<#if>\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("part.ftl") + " line 3, column ");
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void anIncludedTemplateTooLargeIsNamed() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("title.ftl"), "<#include \"part.ftl\">\n");
        try (RandomAccessFile f = new RandomAccessFile(templates.resolve("part.ftl").toFile(), "rw")) {
            f.setLength(2 * MIB);
        }
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("capexbrief: ")
                .contains(templates.resolve("part.ftl") + ": is 2 MiB; a template in a template set may be at most 1 MiB")
                .doesNotContain("\tat ");
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void aTruncatedLogoIsNamed() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "logo: logo.png\n");
        byte[] png = png(200, 100);
        Files.write(templates.resolve("logo.png"), java.util.Arrays.copyOf(png, 40));
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("logo.png") + ": not a readable PNG or JPEG image (");
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void aSmallLogoStillBriefs() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "logo: logo.png\n");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", templates.resolve("logo.png").toFile());
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("2025-W06/capex-briefing-2025-W06.pdf")).isNotEmptyFile();
    }

    /** A PNG whose header states {@code width} x {@code height}, with a few bytes of image data. */
    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] data = new byte[128];
        int n = deflater.deflate(data);
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
