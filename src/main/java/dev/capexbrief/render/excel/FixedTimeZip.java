package dev.capexbrief.render.excel;

import org.apache.commons.io.output.CloseShieldOutputStream;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Copies the .xlsx package POI wrote, entry by entry, giving every entry the same timestamp: the
 * as-of date. The same briefing then gives byte-identical files whenever and wherever it is
 * written, whatever time stamps the zip library would have chosen. POI's entries are copied with
 * their compressed bytes untouched; the sheets whose rows stream ({@link SheetBody}) get their
 * rows put into POI's empty {@code <sheetData/>} on the way, and the shared strings those rows
 * collected are written last.
 */
final class FixedTimeZip {
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String EMPTY_ROWS = "<sheetData/>";
    /** The worksheet elements that follow {@code <hyperlinks>} in the schema's order. */
    private static final java.util.List<String> AFTER_HYPERLINKS = java.util.List.of("<printOptions", "<pageMargins",
            "<pageSetup ", "<pageSetup/", "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches",
            "<ignoredErrors", "<smartTags", "<drawing", "<legacyDrawing", "<picture", "<oleObjects", "<controls",
            "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");

    private FixedTimeZip() {
    }

    /**
     * @param sheets  the streamed sheets by entry name ("xl/worksheets/sheet6.xml")
     * @param strings the shared strings of the pre-rendered Data rows; replaces POI's (empty) table
     */
    static void copy(Path source, OutputStream target, LocalDate stamp, Map<String, SheetBody> sheets,
                     SharedStrings strings) throws IOException {
        // DOS times store local fields: midnight in the local zone writes "stamp 00:00" in every zone
        long time = stamp.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile zip = ZipFile.builder().setPath(source).get()) {
            ZipArchiveOutputStream out = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(target));
            out.setUseZip64(Zip64Mode.AsNeeded);
            out.setLevel(DataRows.LEVEL);
            boolean sharedStrings = false;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                SheetBody body = sheets.get(entry.getName());
                if (body instanceof DataRows.Sheet rendered) {
                    spliced(entry.getName(), xml(zip, entry), rendered, out, time);
                } else if (body != null) {
                    String xml = xml(zip, entry);
                    out.putArchiveEntry(streamed(entry.getName(), time));
                    sheet(xml, body, out);
                    out.closeArchiveEntry();
                } else if (strings != null && entry.getName().equals(SHARED_STRINGS)) {
                    sharedStrings = true; // written last, once every sheet has added its strings
                } else {
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
            }
            if (sharedStrings) {
                out.putArchiveEntry(streamed(SHARED_STRINGS, time));
                strings.write(CloseShieldOutputStream.wrap(out));
                out.closeArchiveEntry();
            }
            out.finish();
            out.flush();
        }
    }

    private static String xml(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A sheet whose rows were compressed ahead: POI's head and tail compressed here, the rows
     * copied as they are, the checksum combined from the three pieces'.
     */
    private static void spliced(String name, String xml, DataRows.Sheet rows, ZipArchiveOutputStream out, long time)
            throws IOException {
        int at = rowsAt(xml);
        Piece head = Piece.of(xml.substring(0, at).replace("<dimension ref=\"A1\"/>",
                "<dimension ref=\"" + rows.dimension() + "\"/>"), false);
        Piece tail = Piece.of(withLinks(xml.substring(at + EMPTY_ROWS.length()), rows.hyperlinks()), true);
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTime(time);
        entry.setSize(head.size + rows.size() + tail.size);
        entry.setCompressedSize(head.compressed.length + rows.compressedSize() + tail.compressed.length);
        entry.setCrc(Crc32Combine.combine(Crc32Combine.combine(head.crc, rows.crc(), rows.size()), tail.crc, tail.size));
        try (InputStream middle = rows.compressed();
             InputStream all = new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                     new ByteArrayInputStream(head.compressed), middle, new ByteArrayInputStream(tail.compressed))))) {
            out.addRawArchiveEntry(entry, all);
        }
    }

    /** A small piece of XML, raw-deflated: ending in a sync flush (more follows) or as the last block. */
    private record Piece(byte[] compressed, long size, long crc) {
        static Piece of(String text, boolean last) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            Deflater deflater = new Deflater(DataRows.LEVEL, true);
            try {
                deflater.setInput(bytes);
                if (last) {
                    deflater.finish();
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 4 + 64);
                byte[] buf = new byte[8192];
                while (true) {
                    int n = deflater.deflate(buf, 0, buf.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                    out.write(buf, 0, n);
                    if (last ? deflater.finished() : n < buf.length) {
                        break;
                    }
                }
                return new Piece(out.toByteArray(), bytes.length, crc.getValue());
            } finally {
                deflater.end();
            }
        }
    }

    private static int rowsAt(String xml) {
        int at = xml.indexOf(EMPTY_ROWS);
        if (at < 0) {
            throw new IllegalStateException("a streamed sheet already has rows in POI's part");
        }
        return at;
    }

    private static ZipArchiveEntry streamed(String name, long time) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTime(time);
        return entry;
    }

    /** POI's sheet XML with the rows in place of its empty sheetData, and the used range as the dimension. */
    private static void sheet(String xml, SheetBody body, OutputStream out) throws IOException {
        int at = rowsAt(xml);
        String head = xml.substring(0, at).replace("<dimension ref=\"A1\"/>", "<dimension ref=\"" + body.dimension() + "\"/>");
        out.write(head.getBytes(StandardCharsets.UTF_8));
        SheetXml rows = new SheetXml(CloseShieldOutputStream.wrap(out), null);
        rows.ascii("<sheetData>");
        body.write(rows);
        rows.ascii("</sheetData>");
        rows.flush();
        out.write(withLinks(xml.substring(at + EMPTY_ROWS.length()), body.hyperlinks()).getBytes(StandardCharsets.UTF_8));
    }

    /** The sheet's markup after its rows, with {@code links} added to its hyperlinks, where the schema puts them. */
    static String withLinks(String tail, String links) {
        if (links.isEmpty()) {
            return tail;
        }
        int open = tail.indexOf("<hyperlinks>");
        if (open >= 0) {
            int at = open + "<hyperlinks>".length();
            return tail.substring(0, at) + links + tail.substring(at);
        }
        int at = tail.length();
        for (String next : AFTER_HYPERLINKS) {
            int i = tail.indexOf(next);
            if (i >= 0 && i < at) {
                at = i;
            }
        }
        return tail.substring(0, at) + "<hyperlinks>" + links + "</hyperlinks>" + tail.substring(at);
    }

}
