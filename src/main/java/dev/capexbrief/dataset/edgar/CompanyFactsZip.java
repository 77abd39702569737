package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.SizeLimitInputStream;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The SEC's bulk {@code companyfacts.zip} (every filer, one {@code CIK##########.json} entry each),
 * read entry by entry as a stream: an entry for a CIK not asked for, or not named like a payload,
 * is skipped without being parsed, so memory holds one wanted company at a time however many the
 * archive has. Nothing is extracted to disk, so entry names cannot point anywhere. An entry that
 * inflates past the payload size limit, or by more than the ratio limit, is refused as a zip bomb.
 */
public final class CompanyFactsZip implements CompanyFactsSource {
    private static final Pattern PAYLOAD = Pattern.compile("(?:.*/)?CIK(\\d{10})\\.json");
    /** Small entries may compress very well; the ratio is only checked past this much output. */
    private static final long RATIO_FLOOR_BYTES = 1024 * 1024;
    private static final int BUFFER = 64 * 1024;
    private static final int END_RECORD_BYTES = 22;
    private static final int MAX_COMMENT_BYTES = 65_535;

    private final Path archive;

    public CompanyFactsZip(Path archive) {
        this.archive = archive;
    }

    @Override
    public String name() {
        return archive.toString();
    }

    @Override
    public void read(CompanyFactsReader reader, LongPredicate wanted, Sink sink) throws IOException {
        requireEndRecord();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), BUFFER)) {
            SizeLimitInputStream compressed = new SizeLimitInputStream(file, Long.MAX_VALUE);
            ZipInputStream zip = new ZipInputStream(compressed);
            String entryName = name();
            try {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    entryName = name() + "!/" + entry.getName();
                    Matcher m = PAYLOAD.matcher(entry.getName());
                    if (entry.isDirectory() || !m.matches() || !wanted.test(Long.parseLong(m.group(1)))) {
                        continue;
                    }
                    long cik = Long.parseLong(m.group(1));
                    InputStream guarded = new InflationGuard(zip, compressed, entryName, reader.limits().maxZipRatio());
                    Optional<CompanyFacts> facts = reader.read(entryName, guarded, c -> true);
                    if (facts.isPresent()) {
                        if (facts.get().cik() != cik) {
                            throw new EdgarFormatException(entryName, "holds CIK " + facts.get().cik() + ", not the " + cik + " its name says");
                        }
                        sink.accept(facts.get());
                    }
                }
            } catch (ZipException | EOFException e) {
                throw new EdgarFormatException(entryName, "is not a readable zip archive: " + e.getMessage());
            }
        }
    }

    /**
     * A streamed archive that ends at an entry boundary reads as if it had no more entries; a
     * truncated download would pass for a smaller archive. Its end record (the last 22 bytes, before
     * a comment of at most 64 KiB) says whether the file is whole.
     */
    private void requireEndRecord() throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(archive)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_RECORD_BYTES + MAX_COMMENT_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate(tail);
            channel.position(size - tail);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads the tail
            }
            byte[] bytes = buffer.array();
            for (int i = tail - END_RECORD_BYTES; i >= 0; i--) {
                if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                    return;
                }
            }
        }
        throw new EdgarFormatException(name(), "is not a complete zip archive: it has no end record (a truncated download?)");
    }

    /**
     * Counts what an entry inflates to against the compressed bytes read for it. JSON compresses
     * about 15:1; deflate can reach 1000:1 on repeated bytes, which only a bomb is made of.
     */
    private static final class InflationGuard extends FilterInputStream {
        private final SizeLimitInputStream compressed;
        private final long compressedAtStart;
        private final String name;
        private final int maxRatio;
        private long inflated;

        InflationGuard(InputStream entry, SizeLimitInputStream compressed, String name, int maxRatio) {
            super(entry);
            this.compressed = compressed;
            this.compressedAtStart = compressed.count();
            this.name = name;
            this.maxRatio = maxRatio;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                inflated(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                inflated(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the archive stays open for the next entry
        }

        private void inflated(int n) throws EdgarFormatException {
            inflated += n;
            long read = Math.max(1, compressed.count() - compressedAtStart);
            if (inflated > RATIO_FLOOR_BYTES && inflated / read > maxRatio) {
                throw new EdgarFormatException(name, "inflates more than " + maxRatio + ":1 (" + inflated + " bytes from "
                        + read + "); refused as a zip bomb");
            }
        }
    }
}
