package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.CsvDatasetReader;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.CompanyStyle;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Test fixtures: briefings and their models from the bundled dataset, workbooks written to bytes and opened again. */
final class Workbooks {
    /** The seed story's date: FY2025 plans, no revisions yet. */
    static final LocalDate SEED_DAY = LocalDate.of(2025, 2, 7);
    /** A year later: FY2026 plans, revisions, an FX conversion, multi-year plans. */
    static final LocalDate YEAR_LATER = LocalDate.of(2026, 2, 5);

    private static Dataset bundled;
    private static TemplateSet templates;
    private static final java.util.Map<LocalDate, byte[]> WRITTEN = new java.util.HashMap<>();

    private Workbooks() {
    }

    static synchronized Dataset bundled() {
        if (bundled == null) {
            bundled = new DatasetReader().readBundled();
        }
        return bundled;
    }

    /** The workbook for the bundled dataset as of a day, written once per test run (it is deterministic). */
    static synchronized byte[] bundledWorkbook(LocalDate asOf) {
        return WRITTEN.computeIfAbsent(asOf, d -> write(model(bundled(), d), bundled())).clone();
    }

    static synchronized TemplateSet templates() {
        if (templates == null) {
            templates = TemplateSet.load(null);
        }
        return templates;
    }

    static Briefing briefing(Dataset dataset, LocalDate asOf) {
        return new Analyzer().analyze(dataset, new AnalysisOptions(asOf, "USD", null));
    }

    /** The model the workbook draws, built from the briefing with the bundled templates (as a run builds it). */
    static BriefingModel model(Briefing briefing) {
        TemplateSet t = templates();
        return new ModelBuilder(t, b -> CompanyStyle.of(t.theme(), b)).build(briefing);
    }

    static BriefingModel model(Dataset dataset, LocalDate asOf) {
        return model(briefing(dataset, asOf));
    }

    static byte[] write(BriefingModel model, Dataset dataset) {
        return write(new WorkbookWriter(templates().theme()), model, dataset);
    }

    static byte[] write(WorkbookWriter writer, BriefingModel model, Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(model, dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The made-up cash-coverage dataset of the test resources, and the day its briefing is read. */
    static final LocalDate CASH_DAY = LocalDate.of(2026, 8, 15);

    static Dataset cashCoverage() {
        try (var in = Workbooks.class.getResourceAsStream("/datasets/cash-coverage.yaml")) {
            return new dev.capexbrief.dataset.YamlDatasetReader().read(in, "cash-coverage.yaml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Dataset csv(String text) {
        try {
            return new CsvDatasetReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    "test.csv");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
