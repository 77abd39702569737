package dev.capexbrief.render.excel;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;

/**
 * Copies an .xlsx package entry by entry, compressed bytes untouched, giving every entry the same
 * timestamp: the as-of date. The same briefing then gives byte-identical files whenever and
 * wherever it is written, whatever time stamps the zip library would have chosen.
 */
final class FixedTimeZip {
    private FixedTimeZip() {
    }

    static void copy(Path source, OutputStream target, LocalDate stamp) throws IOException {
        // DOS times store local fields: midnight in the local zone writes "stamp 00:00" in every zone
        long time = stamp.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile zip = ZipFile.builder().setPath(source).get()) {
            ZipArchiveOutputStream out = new ZipArchiveOutputStream(new KeepOpen(target));
            out.setUseZip64(Zip64Mode.AsNeeded);
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setTime(time);
                try (InputStream raw = zip.getRawInputStream(entry)) {
                    out.addRawArchiveEntry(copy, raw);
                }
            }
            out.finish();
            out.flush();
        }
    }

    /** The caller owns the target stream; finishing the zip must not close it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
