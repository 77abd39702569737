package dev.capexbrief.delivery;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.excel.DataRows;
import dev.capexbrief.render.excel.WorkbookWriter;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.pdf.PdfBriefingWriter;
import dev.capexbrief.render.text.TemplateSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One briefing: analyse the dataset as of a date, render the PDF and the workbook, and move both
 * into the output folder only when both are complete. The two are rendered at the same time on
 * two threads; a backfill runs one job for every week, so the dataset is read and the templates
 * are loaded once.
 */
public final class BriefingJob {
    /** The files one run wrote, and the briefing and model they were drawn from. */
    public record Result(Briefing briefing, BriefingModel model, Path pdf, Path xlsx) {
    }

    private final Dataset dataset;
    private final TemplateSet templates;
    private final OutputLayout layout;
    private final String currency;
    private final Analyzer analyzer = new Analyzer();
    private final ModelBuilder models;
    private final WorkbookWriter workbookWriter;
    /** The Data rows, rendered once (the temporary file behind them goes when the JVM exits). */
    private Future<DataRows> data;
    private boolean templatesPrepared;
    /** Renders the Data rows and the PDF beside the main thread; its one thread ends when idle, so an idle job holds none. */
    private final ExecutorService renderer = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread t = new Thread(task, "capexbrief-render");
                t.setDaemon(true);
                return t;
            });

    public BriefingJob(Dataset dataset, TemplateSet templates, OutputLayout layout, String currency) {
        this.dataset = dataset;
        this.templates = templates;
        this.layout = layout;
        this.currency = currency;
        this.workbookWriter = new WorkbookWriter(templates.theme());
        this.models = ModelBuilder.of(templates);
    }

    public Path root() {
        return layout.root();
    }

    public Briefing analyze(LocalDate asOf) {
        return analyzer.analyze(dataset, new AnalysisOptions(asOf, currency, null));
    }

    /** Writes the briefing as of {@code asOf}; refuses to replace existing files unless {@code force}. */
    public Result run(LocalDate asOf, boolean force) throws IOException {
        Future<DataRows> data = dataRows();
        prepareTemplates();
        Briefing briefing = analyze(asOf);
        BriefingModel model = models.build(briefing);
        Path pdf = layout.pdf(briefing.isoWeek(), asOf);
        Path xlsx = layout.xlsx(briefing.isoWeek(), asOf);
        if (!force) {
            for (Path p : List.of(pdf, xlsx)) {
                if (Files.exists(p)) {
                    throw new BriefingExistsException(p.toString());
                }
            }
        }
        try (WeekFolderLock lock = WeekFolderLock.acquire(pdf.toAbsolutePath().getParent())) {
            // the two renderers only read the model, the briefing and the dataset: one on each core
            Future<AtomicFile> pdfFile = renderer.submit(
                    () -> AtomicFile.prepare(pdf, out -> new PdfBriefingWriter(templates).write(model, out)));
            try (AtomicFile xlsxFile = prepareWorkbook(xlsx, model, data, pdfFile);
                 AtomicFile pdfDone = finished(pdfFile)) {
                AtomicFile.commitAll(List.of(pdfDone, xlsxFile));
            }
        }
        return new Result(briefing, model, pdf, xlsx);
    }

    /**
     * The workbook's Data rows: they depend on the dataset alone, so they are rendered once per job,
     * on the renderer thread while the first briefing is analysed, and serve every week of a backfill.
     */
    private synchronized Future<DataRows> dataRows() {
        if (data == null || data.isCancelled() || (data.isDone() && failed(data))) {
            data = renderer.submit(() -> workbookWriter.renderData(dataset));
        }
        return data;
    }

    /** The templates parsed on the renderer thread while this thread analyses: once per job. */
    private synchronized void prepareTemplates() {
        if (!templatesPrepared) {
            templatesPrepared = true;
            renderer.submit(templates::prepare);
        }
    }

    private static boolean failed(Future<?> f) {
        try {
            f.get();
            return false;
        } catch (ExecutionException | InterruptedException e) {
            return true;
        }
    }

    /** The workbook, written here while the PDF is written on the other thread; a failure also waits for the PDF. */
    private AtomicFile prepareWorkbook(Path xlsx, BriefingModel model, Future<DataRows> data, Future<AtomicFile> pdfFile)
            throws IOException {
        try {
            return AtomicFile.prepare(xlsx, out -> workbookWriter.write(model, dataset, () -> finished(data), out));
        } catch (IOException | RuntimeException | Error e) {
            // neither file may be left behind: once the PDF is done, closing it uncommitted removes it
            try {
                finished(pdfFile).close();
            } catch (IOException | RuntimeException | Error other) {
                e.addSuppressed(other);
            }
            throw e;
        }
    }

    /** A task's result, or its failure as the task threw it. */
    private static <T> T finished(Future<T> task) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the temporary file must still be accounted for: wait on
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
