package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ModelDumpTest {
    @Test
    void dump() throws Exception {
        TemplateSet t = TemplateSet.load(null);
        Briefing b = new Analyzer().analyze(new DatasetReader().readBundled(), new AnalysisOptions(LocalDate.of(2026, 2, 5), "USD", null));
        BriefingModel m = new ModelBuilder(t, x -> CompanyStyle.of(t.theme(), x)).build(b);
        String text = ModelText.of(m);
        System.out.println(text);
        assertThat(text).contains("EXHIBIT Exhibit 1");
    }
}
