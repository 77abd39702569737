package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.render.text.TemplateSet;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the investor PDF briefing for a briefing. */
public final class PdfBriefingWriter {
    private final TemplateSet templates;

    public PdfBriefingWriter(TemplateSet templates) {
        this.templates = templates;
    }

    public void write(Briefing briefing, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("PDF writer not built yet");
    }
}
