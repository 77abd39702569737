package dev.capexbrief.render.text;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

final class TextFixtures {
    private static Briefing seed;

    private TextFixtures() {
    }

    /** The briefing of the seed story's date, 2025-02-07. */
    static synchronized Briefing seed() {
        if (seed == null) {
            seed = briefing(LocalDate.of(2025, 2, 7));
        }
        return seed;
    }

    static Briefing briefing(LocalDate asOf) {
        return new Analyzer().analyze(new DatasetReader().readBundled(), new AnalysisOptions(asOf, "USD", null));
    }

    /** A copy of the repository's template folder that a test may edit. */
    static Path copyOfTemplates(Path target) throws IOException {
        org.apache.commons.io.file.PathUtils.copyDirectory(Path.of("templates"), target);
        return target;
    }
}
