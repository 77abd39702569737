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
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.render.text.BriefingText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * What makes the file archive-ready and reproducible: PDF/A-1b (sRGB output intent, XMP metadata
 * mirroring the document information, the sRGB profile shipped in the jar), metadata for search, the creation date set to the as-of
 * date and a document ID derived from the content instead of the clock and a random number.
 */
final class ArchiveSettings {
    private static final String SRGB = "/dev/capexbrief/color/sRGB.icc";

    private final Briefing briefing;
    private final BriefingText text;
    private final String firm;
    private final int top;

    /** @param top how many companies are named in the keywords when there are more (the largest plans) */
    ArchiveSettings(Briefing briefing, BriefingText text, String firm, int top) {
        this.briefing = briefing;
        this.text = text;
        this.firm = firm;
        this.top = top;
    }

    /** Before the document opens: conformance level and the document information. */
    void beforeOpen(PdfWriter writer, Document document) {
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        document.addTitle(text.title().heading());
        document.addSubject("Hyperscaler capital expenditure plans as of " + briefing.asOf() + " (" + briefing.isoWeek()
                + "): FY" + briefing.focusYear() + " guidance by company, history, run rates and revisions");
        document.addKeywords("capex, capital expenditure, guidance, hyperscalers, " + briefing.isoWeek() + ", "
                + String.join(", ", keywordCompanies()));
        document.addAuthor(firm);
        document.addCreator("capexbrief");
    }

    /** Every company, or the largest plans when there are more than the briefing shows one by one. */
    private List<String> keywordCompanies() {
        if (briefing.companies().size() <= top) {
            return briefing.companies().stream().map(CompanyProfile::name).toList();
        }
        return briefing.leaders(top).stream().map(g -> g.company().name()).toList();
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
        c.set(briefing.asOf().getYear(), briefing.asOf().getMonthValue() - 1, briefing.asOf().getDayOfMonth(), 0, 0, 0);
        return c;
    }

    /** A digest of what identifies this edition: same briefing and template text, same ID. */
    private byte[] documentId() {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String identity = String.join("\n", firm, briefing.asOf().toString(), briefing.isoWeek(),
                    String.valueOf(briefing.dataCutoff()), briefing.datasetName(), briefing.total().label(),
                    text.title().heading(), String.join("\n", text.takeaways()));
            return md5.digest(identity.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
