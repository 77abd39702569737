package dev.capexbrief.delivery;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.IsoWeek;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.delivery.mail.EmailValues;
import dev.capexbrief.render.excel.DataRows;
import dev.capexbrief.render.excel.WorkbookWriter;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.pdf.PdfBriefingWriter;
import dev.capexbrief.render.text.TemplateSet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One briefing: analyse the dataset as of a date, render the PDF and the workbook, and move both
 * into the output folder, with the manifest that describes them ({@link Manifest}), only when all
 * are complete. The two are rendered at the same time on two threads; a backfill runs one job for
 * every week, so the dataset is read and the templates are loaded once.
 *
 * <p>A week already written is looked at under the week's lock first: one whose manifest names
 * the same inputs and whose files still match it is up to date and left alone; one written from
 * other inputs, or without a manifest (an older capexbrief), is kept unless {@code force}; one
 * whose files are missing or no longer match its manifest (a run killed between its renames, a
 * file deleted) is rebuilt, and a file that was changed is kept beside it under another name.
 */
public final class BriefingJob {
    /** What a run did with the week. */
    public enum Status {
        /** Nothing was there: the briefing was written. */
        WRITTEN,
        /** Files were missing or did not match their manifest: the briefing was written again. */
        REBUILT,
        /** Replaced with --force. */
        REPLACED,
        /** The files match a manifest with the same inputs: nothing was written. */
        UP_TO_DATE
    }

    /**
     * The files of the week and what the run did.
     *
     * @param briefing the analysis, null when the week was up to date (nothing was analysed)
     * @param model    the briefing model, null when up to date
     * @param notes    why a week was rebuilt, and where changed files were kept
     */
    public record Result(Status status, Manifest manifest, Briefing briefing, BriefingModel model, Path pdf, Path xlsx,
                         Path manifestFile, List<String> notes) {
    }

    private final Dataset dataset;
    private final Manifest.Input datasetInput;
    private final TemplateSet templates;
    private Manifest.Input templatesInput;
    private final OutputLayout layout;
    private final String currency;
    private final Analyzer analyzer = new Analyzer();
    private final ModelBuilder models;
    private final WorkbookWriter workbookWriter;
    private final Clock clock;
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

    public BriefingJob(DatasetReader.Loaded data, TemplateSet templates, OutputLayout layout, String currency) {
        this(data, templates, layout, currency, Clock.systemDefaultZone());
    }

    /** @param clock names the files a rebuild keeps aside (the time they were set aside) */
    public BriefingJob(DatasetReader.Loaded data, TemplateSet templates, OutputLayout layout, String currency,
                       Clock clock) {
        this.dataset = data.dataset();
        this.datasetInput = new Manifest.Input(data.location(), data.sha256());
        this.templates = templates;
        this.layout = layout;
        this.currency = currency;
        this.clock = clock;
        this.workbookWriter = new WorkbookWriter(templates.theme());
        this.models = ModelBuilder.of(templates);
    }

    public Path root() {
        return layout.root();
    }

    public Briefing analyze(LocalDate asOf) {
        return analyzer.analyze(dataset, new AnalysisOptions(asOf, currency, null));
    }

    /**
     * Writes the briefing as of {@code asOf}, unless the week is up to date; refuses to replace a
     * week written from other inputs unless {@code force}.
     */
    public Result run(LocalDate asOf, boolean force) throws IOException {
        String isoWeek = IsoWeek.of(asOf).toString();
        Path pdf = layout.pdf(isoWeek, asOf);
        Path xlsx = layout.xlsx(isoWeek, asOf);
        Path manifestFile = layout.manifest(isoWeek, asOf);
        Path folder = pdf.getParent();
        Manifest.Input templateInput = templatesInput();
        try (WeekFolderLock lock = WeekFolderLock.acquire(folder, layout.root())) {
            // looked at under the lock: a run that waited here sees what the run before it wrote
            WeekFiles existing = WeekFiles.look(manifestFile, pdf, xlsx);
            Manifest wanted = new Manifest(Manifest.FORMAT, Manifest.currentTool(), isoWeek, asOf.toString(), currency,
                    datasetInput, templateInput, null, null, null, null);
            List<String> notes = new ArrayList<>();
            Status status = existing.decide(wanted, force, notes);
            if (status == Status.UP_TO_DATE) {
                return new Result(status, existing.manifest(), null, null, pdf, xlsx, manifestFile, List.of());
            }
            return write(wanted, existing, status, notes, manifestFile, pdf, xlsx);
        }
    }

    /** Analyses, renders both files, writes their manifest and commits the three together. */
    private Result write(Manifest wanted, WeekFiles existing, Status status, List<String> notes, Path manifestFile,
                         Path pdf, Path xlsx) throws IOException {
        Future<DataRows> data = dataRows();
        prepareTemplates();
        Briefing briefing = analyze(LocalDate.parse(wanted.asOf()));
        BriefingModel model = models.build(briefing);
        // the two renderers only read the model, the briefing and the dataset: one on each core
        Future<AtomicFile> pdfFile = renderer.submit(
                () -> AtomicFile.prepare(pdf, out -> new PdfBriefingWriter(templates).write(model, out)));
        try (AtomicFile xlsxFile = prepareWorkbook(xlsx, model, data, pdfFile);
             AtomicFile pdfDone = finished(pdfFile)) {
            Map<String, Object> email = EmailValues.of(briefing, model, templates);
            byte[] json = new Manifest(wanted.format(), wanted.tool(), wanted.week(), wanted.asOf(), currency,
                    wanted.dataset(), wanted.templates(), Manifest.Output.of(pdfDone), Manifest.Output.of(xlsxFile),
                    EmailValues.headline(email), email).toJson();
            try (AtomicFile manifestDone = AtomicFile.prepare(manifestFile, out -> out.write(json))) {
                existing.keepChanged(clock, notes);
                // the manifest first: a run stopped between the renames leaves files that do not
                // match it, which the next run rebuilds and send refuses
                AtomicFile.commitAll(List.of(manifestDone, pdfDone, xlsxFile));
            }
            // read back: what send will read is what brief --email sends
            return new Result(status, Manifest.read(manifestFile), briefing, model, pdf, xlsx, manifestFile,
                    List.copyOf(notes));
        }
    }

    /** The template set's digest, taken once per job (a backfill's weeks all use the same set). */
    private synchronized Manifest.Input templatesInput() {
        if (templatesInput == null) {
            templatesInput = TemplateDigest.of(templates);
        }
        return templatesInput;
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
