package dev.capexbrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Fact;
import dev.capexbrief.render.model.Kpi;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.TimeZone;

/**
 * What makes the file archive-ready and reproducible: PDF/A-1b (sRGB output intent, XMP metadata
 * mirroring the document information, the sRGB profile shipped in the jar), metadata for search, the creation date set to the as-of
 * date and a document ID derived from the content instead of the clock and a random number.
 */
final class ArchiveSettings {
    private static final String SRGB = "/dev/capexbrief/color/sRGB.icc";

    private final BriefingModel model;

    ArchiveSettings(BriefingModel model) {
        this.model = model;
    }

    /** Before the document opens: conformance level and the document information. */
    void beforeOpen(PdfWriter writer, Document document) {
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        document.addTitle(model.title());
        document.addSubject("Hyperscaler capital expenditure plans as of " + model.asOf() + " (" + model.isoWeek()
                + "): " + String.join(" ", model.standfirst()));
        document.addKeywords("capex, capital expenditure, guidance, hyperscalers, " + model.isoWeek() + ", "
                + String.join(", ", companies()));
        document.addAuthor(model.firm());
        document.addCreator("capexbrief");
    }

    /** The companies the PDF's tables name, in the order they first appear. */
    private Set<String> companies() {
        Set<String> out = new LinkedHashSet<>();
        for (Table t : model.tables()) {
            if (t.detail()) {
                continue;
            }
            for (Row r : t.shortRendering()) {
                r.cells().stream().filter(c -> c instanceof Cell.Company).forEach(c -> out.add(c.text()));
            }
        }
        return out;
    }

    /** After it opens (when the information dictionary exists) and before content: dates, ID, output intent. */
    void afterOpen(PdfWriter writer) throws IOException {
        PdfDate date = new PdfDate(asOfMidnight());
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = documentId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        outputIntent(writer);
    }

    /**
     * The PDF/A output intent with the sRGB profile shipped in the jar, embedded byte for byte: the
     * runtime's own profile (and its re-serialisation of any profile) differs between Java
     * versions and would make the same briefing differ.
     */
    private static void outputIntent(PdfWriter writer) throws IOException {
        byte[] icc;
        try (InputStream in = ArchiveSettings.class.getResourceAsStream(SRGB)) {
            if (in == null) {
                throw new IllegalStateException("colour profile missing from the jar: " + SRGB);
            }
            icc = in.readAllBytes();
        }
        PdfStream profile = new PdfStream(icc);
        profile.put(PdfName.N, new PdfNumber(3));
        profile.put(PdfName.ALTERNATE, PdfName.DEVICERGB);
        profile.flateCompress(writer.getCompressionLevel());
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /** Last, when the information is complete: the XMP copy PDF/A requires. */
    void beforeClose(PdfWriter writer) {
        writer.createXmpMetadata();
    }

    private Calendar asOfMidnight() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(model.asOf().getYear(), model.asOf().getMonthValue() - 1, model.asOf().getDayOfMonth(), 0, 0, 0);
        return c;
    }

    /** A digest of what identifies this edition: same model, same ID. */
    private byte[] documentId() {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            StringBuilder identity = new StringBuilder(String.join("\n", model.firm(), model.asOf().toString(),
                    model.isoWeek(), model.title(), String.join("\n", model.standfirst()),
                    String.join("\n", model.takeaways())));
            for (Fact f : model.facts()) {
                identity.append('\n').append(f.label()).append('=').append(f.value());
            }
            for (Kpi k : model.kpis()) {
                identity.append('\n').append(k.label()).append('=').append(k.value().text()).append(' ').append(k.sub());
            }
            return md5.digest(identity.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
