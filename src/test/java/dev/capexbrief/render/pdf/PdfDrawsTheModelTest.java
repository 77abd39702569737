package dev.capexbrief.render.pdf;

import dev.capexbrief.render.model.Block;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Column;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Kpi;
import dev.capexbrief.render.model.Mark;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Section;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.model.Table;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.capexbrief.render.pdf.PdfFixtures.LATER;
import static dev.capexbrief.render.pdf.PdfFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

/** The PDF prints what the model says, all of what its short renderings show, and nothing the model does not. */
class PdfDrawsTheModelTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    @Test
    void everyShownCellAndHeaderOfEveryTableIsPrintedAndNoWorkbookColumn() {
        BriefingModel model = PdfFixtures.model(PdfFixtures.briefing(LATER), TEMPLATES);
        String text = PdfFixtures.flatText(PdfFixtures.render(model, TEMPLATES));
        Set<String> shownHeaders = new HashSet<>();
        model.tables().stream().filter(t -> !t.detail()).forEach(t -> t.columns().stream().filter(c -> !c.detail())
                .forEach(c -> shownHeaders.add(c.header())));
        for (Table t : model.tables()) {
            if (t.detail()) {
                assertThat(t.title().isEmpty() || !text.contains(t.title())).as(t.id()).isTrue();
                continue;
            }
            for (Column c : t.columns()) {
                // a workbook column's own header ("Low ($B)"); a year or "Sources" is printed elsewhere too
                if (c.detail() && c.header().contains("(") && !shownHeaders.contains(c.header())) {
                    assertThat(text).as(t.id() + " " + c.id()).doesNotContain(c.header());
                } else if (!c.detail() && !t.shortRendering().isEmpty()) {
                    assertThat(text).as(t.id() + " " + c.id()).contains(c.header());
                }
            }
            for (Row r : t.shortRendering()) {
                for (int i = 0; i < t.columns().size(); i++) {
                    String printed = r.cell(i).text();
                    if (!t.columns().get(i).detail() && !printed.isEmpty()) {
                        assertThat(text).as(t.id() + " " + r.key() + " " + t.columns().get(i).id()).contains(printed);
                    }
                }
            }
            t.notes().forEach(n -> assertThat(text).as(t.id() + " note").contains(n));
        }
    }

    @Test
    void theMarksATableShowsAreExplainedUnderIt() {
        // a word broken at its hyphen at a line end ("calendar-\naligned") reads whole
        String text = PdfFixtures.flatText(PdfFixtures.pdf(SEED)).replaceAll("(\\w)- (\\w)", "$1-$2");
        BriefingModel model = PdfFixtures.model(PdfFixtures.briefing(SEED), TEMPLATES);
        // the guidance total "$318B+" counts Amazon's "over $100B" at its floor
        String guidanceNotes = String.join(" ", model.table("guidance").orElseThrow().notes());
        assertThat(text).contains(guidanceNotes + " " + Mark.FLOOR.legendLine() + ".");
        String historyNotes = String.join(" ", model.table("history").orElseThrow().notes());
        assertThat(text).contains(historyNotes + " " + Mark.DERIVED.legendLine() + ".")
                .as("Microsoft's partial FY2025 is in a workbook-only column").doesNotContain(historyNotes + " * ");
        for (Mark m : model.legend()) {
            assertThat(text).as("the Marks list of the methodology").contains(m.legendLine());
        }
    }

    @Test
    void theHeadlineFiguresAndTitleAreTheModels() {
        BriefingModel seed = PdfFixtures.model(PdfFixtures.briefing(SEED), TEMPLATES);
        List<Kpi> kpis = new ArrayList<>(seed.kpis());
        Kpi plan = kpis.get(0);
        kpis.set(0, new Kpi(plan.id(), "EDITED LABEL", new Cell.Blank("$1,234B"), "as the model says"));
        BriefingModel edited = new BriefingModel(seed.firm(), "A title from the model", seed.standfirst(),
                seed.asOf(), seed.isoWeek(), seed.currency(), seed.unit(), seed.facts(), List.of("One takeaway."),
                kpis, seed.sections(), seed.sources(), seed.legend(), seed.colors());
        String text = PdfFixtures.flatText(PdfFixtures.render(edited, TEMPLATES));
        assertThat(text).contains("A title from the model", "EDITED LABEL $1,234B as the model says", "One takeaway.")
                .doesNotContain("FY2025 GROUP PLAN");
    }

    @Test
    void sectionsAndExhibitsAreDrawnInModelOrderUnderTheirNumbers() {
        BriefingModel model = PdfFixtures.model(PdfFixtures.briefing(LATER), TEMPLATES);
        String text = PdfFixtures.flatText(PdfFixtures.render(model, TEMPLATES));
        int at = text.indexOf(model.section(BriefingSection.THIS_WEEK).heading());
        for (Section s : model.sections().subList(2, model.sections().size())) {
            int next = text.indexOf(s.heading(), at);
            assertThat(next).as(s.id().toString()).isGreaterThan(at);
            at = next;
        }
        for (Exhibit e : model.exhibits()) {
            assertThat(text).contains(e.numberedTitle());
        }
        assertThat(model.section(BriefingSection.CHANGES).blocks().get(0)).isInstanceOf(Block.Chart.class);
    }
}
