package dev.capexbrief.delivery;

import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.delivery.mail.MailFixtures;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A briefing as {@link BriefingJob} writes it with the default templates, and the text a reader meets
 * in it: the PDF's text with its white space folded, and the email's summary and the two bodies (plain,
 * HTML) that send writes from the manifest, as they are. The workbook is at {@link #xlsx()}, to read
 * with {@link WorkbookText}.
 */
record BriefingOutputs(BriefingJob.Result result, String pdf, String summary, String plain, String html) {

    /** Writes the briefing of {@code data} (null: the bundled dataset) as of {@code asOf} into {@code dir}/out. */
    static BriefingOutputs write(Path dir, Path data, LocalDate asOf, String currency) throws Exception {
        DatasetReader reader = new DatasetReader();
        TemplateSet templates = TemplateSet.load(null);
        BriefingJob.Result r = new BriefingJob(data == null ? reader.loadBundled() : reader.load(data), templates,
                new OutputLayout(dir.resolve("out"), null), currency).run(asOf, false);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            pdf = folded(new PDFTextStripper().getText(doc));
        }
        List<String> bodies = MailFixtures.bodies(r.manifest().emailValues());
        return new BriefingOutputs(r, pdf, templates.emailSummary(r.briefing()), bodies.get(0), bodies.get(1));
    }

    /** The class-path resource {@code name} copied to {@code file}, for a dataset the reader loads from disk. */
    static Path copy(String name, Path file) throws IOException {
        try (InputStream in = BriefingOutputs.class.getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Each run of white space as one space: text as it reads, wherever a line happened to break. */
    static String folded(String text) {
        return text.replaceAll("\\s+", " ");
    }

    Path xlsx() {
        return result.xlsx();
    }
}
