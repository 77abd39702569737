package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A briefing is a value: the same data and as-of date give equal briefings, whatever their lookups hold. */
class BriefingEqualityTest {

    private static Briefing analyze(Dataset dataset, String asOf) {
        return new Analyzer().analyze(dataset, new AnalysisOptions(LocalDate.parse(asOf), "USD", null));
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2025-02-07", "2025-11-01", "2026-02-05"})
    void analysingTheSameDatasetTwiceGivesEqualBriefings(String asOf) {
        // two reads, so no list or figure is shared between the briefings
        Briefing first = analyze(new DatasetReader().readBundled(), asOf);
        Briefing second = analyze(new DatasetReader().readBundled(), asOf);

        assertThat(first.guidance()).isNotSameAs(second.guidance());
        assertThat(second).isEqualTo(first);
        assertThat(second.hashCode()).isEqualTo(first.hashCode());
        assertThat(second.ranking()).isEqualTo(first.ranking());
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2025-02-07", "2025-11-01"})
    void aBriefingRebuiltFromItsOwnPartsIsEqualAndFindsTheSameCompanies(String asOf) {
        Briefing b = analyze(new DatasetReader().readBundled(), asOf);
        Briefing copy = new Briefing(b.asOf(), b.isoWeek(), b.weekStart(), b.dataCutoff(), b.currency(),
                b.datasetName(), b.focusYear(), new ArrayList<>(b.companies()),
                new ArrayList<>(b.guidance()), b.otherPlans(), b.total(), new ArrayList<>(b.history()),
                new ArrayList<>(b.quarterly()), b.revisions(), b.thisWeek(), b.reactions(), b.fxRates(),
                b.footnotes(), b.sources(), b.warnings(), b.calendarYears(), Ranking.of(b.guidance(), b.history()),
                b.ratios(), new ArrayList<>(b.restatements()));

        assertThat(copy).isEqualTo(b).hasSameHashCodeAs(b);
        for (CompanyProfile p : b.companies()) {
            assertThat(copy.guidanceFor(p.id())).isEqualTo(b.guidanceFor(p.id()));
            assertThat(copy.headlineHistory(p.id())).isEqualTo(b.headlineHistory(p.id()));
            assertThat(copy.quarterlyFor(p.id())).isEqualTo(b.quarterlyFor(p.id()));
        }
    }

    @ParameterizedTest(name = "as of {0} against 2026-02-05")
    @ValueSource(strings = {"2025-02-07", "2025-11-01"})
    void anotherAsOfDateGivesAnotherBriefing(String asOf) {
        Dataset dataset = new DatasetReader().readBundled();
        assertThat(analyze(dataset, asOf)).isNotEqualTo(analyze(dataset, "2026-02-05"));
    }
}
