package dev.capexbrief.delivery;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.excel.WorkbookWriter;
import dev.capexbrief.render.pdf.PdfBriefingWriter;
import dev.capexbrief.render.text.TemplateSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One briefing: analyse the dataset as of a date, render the PDF and the workbook, and move both
 * into the output folder only when both are complete.
 */
public final class BriefingJob {
    /** The files one run wrote. */
    public record Result(Briefing briefing, Path pdf, Path xlsx) {
    }

    private final Dataset dataset;
    private final TemplateSet templates;
    private final OutputLayout layout;
    private final String currency;
    private final Analyzer analyzer = new Analyzer();

    public BriefingJob(Dataset dataset, TemplateSet templates, OutputLayout layout, String currency) {
        this.dataset = dataset;
        this.templates = templates;
        this.layout = layout;
        this.currency = currency;
    }

    public Path root() {
        return layout.root();
    }

    public Briefing analyze(LocalDate asOf) {
        return analyzer.analyze(dataset, new AnalysisOptions(asOf, currency, null));
    }

    /** Writes the briefing as of {@code asOf}; refuses to replace existing files unless {@code force}. */
    public Result run(LocalDate asOf, boolean force) throws IOException {
        Briefing briefing = analyze(asOf);
        Path pdf = layout.pdf(briefing.isoWeek(), asOf);
        Path xlsx = layout.xlsx(briefing.isoWeek(), asOf);
        if (!force) {
            for (Path p : List.of(pdf, xlsx)) {
                if (Files.exists(p)) {
                    throw new BriefingExistsException(p.toString());
                }
            }
        }
        try (WeekFolderLock lock = WeekFolderLock.acquire(pdf.toAbsolutePath().getParent());
             AtomicFile pdfFile = AtomicFile.prepare(pdf, out -> new PdfBriefingWriter(templates).write(briefing, out));
             AtomicFile xlsxFile = AtomicFile.prepare(xlsx,
                     out -> new WorkbookWriter(templates.theme()).write(briefing, dataset, out))) {
            pdfFile.commit();
            xlsxFile.commit();
        }
        return new Result(briefing, pdf, xlsx);
    }
}
