package dev.capexbrief.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A write that fails halfway (the disk fills up, the writer throws) leaves the target as it was and
 * no temporary file behind; two files prepared together are committed together or not at all.
 */
class FaultAtomicFileTest {
    @TempDir
    Path dir;

    /** Writes some bytes, then fails the way a full disk does. */
    static void fillsTheDisk(OutputStream out) throws IOException {
        out.write(new byte[200_000]);
        throw new IOException("No space left on device");
    }

    List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.sorted().toList();
        }
    }

    @Test
    void aFullDiskLeavesNoPartFileAndNoTarget() throws IOException {
        Path target = dir.resolve("brief.pdf");
        IOException e = catchThrowableOfType(IOException.class, () -> AtomicFile.write(target, FaultAtomicFileTest::fillsTheDisk));
        assertThat(e).hasMessage("No space left on device");
        assertThat(files()).isEmpty();
    }

    @Test
    void aFullDiskLeavesTheEarlierVersionIntact() throws IOException {
        Path target = Files.writeString(dir.resolve("brief.pdf"), "last week's");
        catchThrowableOfType(IOException.class, () -> AtomicFile.write(target, FaultAtomicFileTest::fillsTheDisk));
        assertThat(target).hasContent("last week's");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aWriterThatThrowsAnythingLeavesNoPartFile() throws IOException {
        Path target = dir.resolve("brief.xlsx");
        RuntimeException e = catchThrowableOfType(RuntimeException.class, () -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("renderer bug");
        }));
        assertThat(e).hasMessage("renderer bug");
        assertThat(files()).isEmpty();
    }

    @Test
    void whenTheSecondFileFailsTheFirstIsNotCommittedEither() throws IOException {
        Path pdf = dir.resolve("brief.pdf");
        Path xlsx = dir.resolve("brief.xlsx");
        IOException e = catchThrowableOfType(IOException.class, () -> {
            try (AtomicFile first = AtomicFile.prepare(pdf, out -> out.write("pdf".getBytes(StandardCharsets.UTF_8)));
                 AtomicFile second = AtomicFile.prepare(xlsx, FaultAtomicFileTest::fillsTheDisk)) {
                first.commit();
                second.commit();
            }
        });
        assertThat(e).hasMessage("No space left on device");
        assertThat(files()).isEmpty();
    }

    /** A target no file can be moved onto: a folder with something in it. */
    Path blocked(String name) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        Files.writeString(folder.resolve("inside"), "x");
        return folder;
    }

    static AtomicFile prepared(Path target, String content) throws IOException {
        return AtomicFile.prepare(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void whenTheSecondMoveFailsTheFirstFileGetsItsEarlierVersionBack() throws IOException {
        Path pdf = Files.writeString(dir.resolve("brief.pdf"), "last week's PDF");
        Path xlsx = blocked("brief.xlsx");
        IOException e = catchThrowableOfType(IOException.class, () -> {
            try (AtomicFile first = prepared(pdf, "this week's PDF"); AtomicFile second = prepared(xlsx, "workbook")) {
                AtomicFile.commitAll(List.of(first, second));
            }
        });
        assertThat(e).isNotNull();
        assertThat(pdf).hasContent("last week's PDF");
        assertThat(files()).as("no temporary or kept copies left").containsExactly(pdf, xlsx);
        assertThat(xlsx.resolve("inside")).hasContent("x");
    }

    @Test
    void whenTheSecondMoveFailsAFirstFileThatIsNewIsRemovedAgain() throws IOException {
        Path pdf = dir.resolve("brief.pdf");
        Path xlsx = blocked("brief.xlsx");
        catchThrowableOfType(IOException.class, () -> {
            try (AtomicFile first = prepared(pdf, "this week's PDF"); AtomicFile second = prepared(xlsx, "workbook")) {
                AtomicFile.commitAll(List.of(first, second));
            }
        });
        assertThat(pdf).doesNotExist();
        assertThat(files()).containsExactly(xlsx);
    }

    @Test
    void committedTogetherBothAreReplacedAndNoKeptCopyIsLeft() throws IOException {
        Path pdf = Files.writeString(dir.resolve("brief.pdf"), "last week's PDF");
        Path xlsx = Files.writeString(dir.resolve("brief.xlsx"), "last week's workbook");
        try (AtomicFile first = prepared(pdf, "this week's PDF"); AtomicFile second = prepared(xlsx, "this week's workbook")) {
            AtomicFile.commitAll(List.of(first, second));
        }
        assertThat(pdf).hasContent("this week's PDF");
        assertThat(xlsx).hasContent("this week's workbook");
        assertThat(files()).containsExactly(pdf, xlsx);
    }

    @Test
    void aWriterThatClosesTheStreamStillGetsItsBytesForced() throws IOException {
        Path target = dir.resolve("brief.pdf");
        AtomicFile.write(target, out -> {
            out.write("%PDF".getBytes(StandardCharsets.US_ASCII));
            out.close();
        });
        assertThat(target).hasContent("%PDF");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aBriefingIsAsReadableAsAnyNewFileNotOwnerOnly() throws IOException {
        Path target = dir.resolve("brief.pdf");
        AtomicFile.write(target, out -> out.write(1));
        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
