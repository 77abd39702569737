package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.text.Theme;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the analyst workbook for a briefing. */
public final class WorkbookWriter {
    private final Theme theme;

    public WorkbookWriter(Theme theme) {
        this.theme = theme;
    }

    public void write(Briefing briefing, Dataset dataset, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("workbook writer not built yet");
    }
}
