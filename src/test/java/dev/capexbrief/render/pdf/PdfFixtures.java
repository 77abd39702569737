package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.CompanyStyle;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Briefings from the bundled dataset, filled into the model, rendered to PDF bytes and read back with PDFBox. */
final class PdfFixtures {
    /** The seed story's date: Amazon, Alphabet, Meta and Microsoft have guided FY2025. */
    static final LocalDate SEED = LocalDate.of(2025, 2, 7);
    /** A date with revisions, other plans and a non-USD plan. */
    static final LocalDate LATER = LocalDate.of(2025, 11, 7);

    private static final Dataset DATASET = new DatasetReader().readBundled();
    private static final Map<LocalDate, Briefing> BRIEFINGS = new HashMap<>();
    private static final Map<LocalDate, byte[]> PDFS = new HashMap<>();

    private PdfFixtures() {
    }

    static synchronized Briefing briefing(LocalDate asOf) {
        return BRIEFINGS.computeIfAbsent(asOf, d -> new Analyzer().analyze(DATASET, new AnalysisOptions(d, "USD", null)));
    }

    /** The PDF with the bundled templates (cached: several tests read the same file). */
    static synchronized byte[] pdf(LocalDate asOf) {
        return PDFS.computeIfAbsent(asOf, d -> render(briefing(d), TemplateSet.load(null)));
    }

    /** The briefing model as the job builds it. */
    static BriefingModel model(Briefing b, TemplateSet templates) {
        return new ModelBuilder(templates, x -> CompanyStyle.of(templates.theme(), x)).build(b);
    }

    static byte[] render(Briefing b, TemplateSet templates) {
        return render(model(b, templates), templates);
    }

    static byte[] render(BriefingModel model, TemplateSet templates) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfBriefingWriter(templates).write(model, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text line by line as it reads on the page (a table row on one line), for checking table rows. */
    static String layoutText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with line breaks and runs of spaces as single spaces, for phrases that wrap. */
    static String flatText(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    /** A copy of the repository's template folder that a test may edit. */
    static Path copyOfTemplates(Path target) throws IOException {
        org.apache.commons.io.file.PathUtils.copyDirectory(Path.of("templates"), target);
        return target;
    }
}
