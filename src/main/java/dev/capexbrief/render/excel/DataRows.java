package dev.capexbrief.render.excel;

import org.apache.commons.io.output.CloseShieldOutputStream;

import dev.capexbrief.dataset.Dataset;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The rows of a dataset's Data sheets, rendered as sheet XML and compressed ahead of the workbook,
 * into one temporary file. They depend on the dataset alone, so they can be rendered while the
 * analysis runs on the other core, and reused by every briefing of the dataset (a backfill writes
 * fifty-two workbooks with the same Data sheet). The workbook splices each sheet's compressed rows
 * between the head and tail of the sheet's XML as it writes the package.
 *
 * <p>The rows' strings are in their own shared strings table, which becomes the workbook's: the
 * analysis sheets write theirs inline, so rendering ahead never races with them.
 */
public final class DataRows implements AutoCloseable {
    /**
     * Deflate level: level 1 compresses the repetitive sheet XML a few percent less than the
     * default level 6, several times faster.
     */
    static final int LEVEL = Deflater.BEST_SPEED;

    private final Path file;
    private final List<Sheet> sheets;
    private final SharedStrings strings;

    private DataRows(Path file, List<Sheet> sheets, SharedStrings strings) {
        this.file = file;
        this.sheets = sheets;
        this.strings = strings;
    }

    /** One Data sheet's rows: where its compressed bytes are in the file, their checksum and sizes. */
    final class Sheet implements SheetBody {
        private final String dimension;
        private final long offset;
        private final long compressedSize;
        private final long size;
        private final long crc;

        Sheet(String dimension, long offset, long compressedSize, long size, long crc) {
            this.dimension = dimension;
            this.offset = offset;
            this.compressedSize = compressedSize;
            this.size = size;
            this.crc = crc;
        }

        @Override
        public String dimension() {
            return dimension;
        }

        /** Never called: the package writer copies the compressed rows as they are. */
        @Override
        public void write(SheetXml xml) {
            throw new UnsupportedOperationException("pre-rendered rows are copied compressed");
        }

        /** {@code <sheetData>…</sheetData>}, raw deflate ending in a sync flush, so more can follow. */
        InputStream compressed() throws IOException {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new java.io.BufferedInputStream(new BoundedInputStream(Channels.newInputStream(channel), compressedSize),
                    1 << 16);
        }

        long compressedSize() {
            return compressedSize;
        }

        long size() {
            return size;
        }

        long crc() {
            return crc;
        }
    }

    /** Renders the Data sheets of {@code dataset}, {@code rowsPerSheet} rows to a sheet. */
    static DataRows render(Dataset dataset, int rowsPerSheet) throws IOException {
        Path file = dev.capexbrief.dataset.ScratchFiles.create("data-", ".xml.deflate");
        file.toFile().deleteOnExit();
        SharedStrings strings = new SharedStrings();
        List<Sheet> sheets = new ArrayList<>();
        DataRows rows = new DataRows(file, sheets, strings);
        try (Counting compressed = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (DataSheets.Rows body : new DataSheets(rowsPerSheet).rows(dataset)) {
                long offset = compressed.count;
                Deflater deflater = new Deflater(LEVEL, true);
                try {
                    DeflaterOutputStream deflate = new DeflaterOutputStream(CloseShieldOutputStream.wrap(compressed), deflater, 1 << 16, true);
                    CRC32 crc = new CRC32();
                    Counting plain = new Counting(new java.util.zip.CheckedOutputStream(deflate, crc));
                    SheetXml xml = new SheetXml(plain, strings);
                    xml.ascii("<sheetData>");
                    body.write(xml);
                    xml.ascii("</sheetData>");
                    xml.flush(); // a sync flush: byte-aligned, not final, so the sheet's tail can follow
                    sheets.add(rows.new Sheet(body.dimension(), offset, compressed.count - offset,
                            plain.count, crc.getValue()));
                } finally {
                    deflater.end();
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            rows.close();
            throw e;
        }
        return rows;
    }

    int sheets() {
        return sheets.size();
    }

    Sheet sheet(int k) {
        return sheets.get(k);
    }

    SharedStrings strings() {
        return strings;
    }

    /** Removes the temporary file. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Counts the bytes written through it. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }


    /** At most {@code remaining} bytes of a stream. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
