package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnnualSeries;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.analysis.RatioWindow;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.BriefingText;
import dev.capexbrief.render.text.TemplateSet;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The fill step: a {@link Briefing} and the template set become the {@link BriefingModel} that the
 * PDF, the workbook and the email draw. Every label, mark, exhibit series, table cell and source
 * number is decided here, once.
 */
public final class ModelBuilder {
    private final TemplateSet templates;
    private final Function<Briefing, CompanyStyle> styles;

    /**
     * @param styles each briefing's company colours and markers (built from the theme and the
     *               briefing's companies)
     */
    public ModelBuilder(TemplateSet templates, Function<Briefing, CompanyStyle> styles) {
        this.templates = templates;
        this.styles = styles;
    }

    /** The builder with the template set's theme colours for each briefing's companies. */
    public static ModelBuilder of(TemplateSet templates) {
        return new ModelBuilder(templates, b -> CompanyStyle.of(templates.theme(), b));
    }

    public BriefingModel build(Briefing b) {
        BriefingText text = templates.text(b);
        Fill f = new Fill(b, text, new TopCompanies(b, templates.theme().topCompanies()), styles.apply(b),
                new SourceNumbers(b.sources()));
        FrontMatter front = new FrontMatter(f);
        ChangeTables changes = new ChangeTables(f);
        GuidanceTables guidance = new GuidanceTables(f);
        HistoryTables history = new HistoryTables(f);
        QuarterTables quarters = new QuarterTables(f);
        CompanyExhibits bars = new CompanyExhibits(f);
        TimeExhibits time = new TimeExhibits(f);
        RatioExhibits ratios = new RatioExhibits(f);
        CashTables cash = new CashTables(f);
        String focus = new dev.capexbrief.dataset.Period.FiscalYear(b.focusYear()).label();
        Numbering n = new Numbering(e -> Drawable.sentence(e, time, focus));
        List<AnnualSeries> annual = history.ranked();
        List<QuarterSeries> quarterly = quarters.ranked();
        Table quarterDetail = quarters.quarters();
        Table guidanceTable = guidance.guidance();
        Table runRates = quarters.runRates();
        Table ttm = cash.isEmpty() ? null : cash.table(RatioWindow.TRAILING_TWELVE_MONTHS);
        Table fiscalYear = cash.isEmpty() ? null : cash.table(RatioWindow.FISCAL_YEAR);
        List<Section> sections = new ArrayList<>();
        sections.add(section(text, BriefingSection.TAKEAWAYS, List.of()));
        sections.add(section(text, BriefingSection.THIS_WEEK, blocks(grid(changes.thisWeek()),
                n.next(e -> bars.guidance(e, text.exhibit("guidance"))))));
        sections.add(section(text, BriefingSection.GUIDANCE, blocks(grid(guidanceTable))));
        sections.add(section(text, BriefingSection.HISTORY, blocks(
                n.next(e -> time.history(e, text.exhibit("history"), annual)),
                grid(history.headline()), nonEmpty(history.growth()), grid(history.otherBases()),
                n.next(e -> ratios.intensity(e, () -> text.exhibit(RatioExhibits.INTENSITY_ID))))));
        sections.add(orAbsent(section(text, BriefingSection.RUN_RATE, blocks(
                n.next(e -> time.quarterly(e, text.exhibit("quarterly"), quarterly,
                        !quarterDetail.rows().isEmpty())),
                n.next(e -> bars.runRates(e, text.exhibit("run-rate"), quarterly)),
                grid(runRates), grid(quarterDetail))),
                quarterly.isEmpty() ? "No company has a reported quarter, so there is no quarterly run rate."
                        : "No company has a current quarter, so there is no run rate to set against the plans."));
        if (!cash.isEmpty()) {
            // only where the data has revenue, operating cash flow or depreciation beside capex
            sections.add(section(text, BriefingSection.CASH, blocks(
                    n.next(e -> ratios.cashCover(e, () -> text.exhibit(RatioExhibits.COVER_ID))),
                    n.next(e -> ratios.freeCashFlow(e, () -> text.exhibit(RatioExhibits.FREE_CASH_FLOW_ID))),
                    nonEmpty(cash.table(RatioWindow.QUARTER)),
                    nonEmpty(ttm),
                    nonEmpty(fiscalYear))));
        }
        sections.add(section(text, BriefingSection.CHANGES, blocks(n.next(e -> time.ladder(e, text.exhibit("ladder"))),
                grid(changes.revisions()), nonEmpty(changes.restatements()), grid(changes.reactions()))));
        sections.add(section(text, BriefingSection.OTHER_PLANS, blocks(grid(guidance.otherPlans()))));
        List<Mark> legend = Mark.legendFor(marks(sections));
        sections.add(section(text, BriefingSection.METHODOLOGY,
                new MethodologyBlocks(f).blocks(legend, cited(sections))));
        sections.add(new Section(BriefingSection.DISCLAIMER, text.section(BriefingSection.DISCLAIMER).heading(), List.of(),
                List.of(new Block.FinePrint(text.section(BriefingSection.DISCLAIMER).paragraphs()))));
        List<Source> sources = new ArrayList<>();
        sections.get(sections.size() - 2).blocks().stream().filter(x -> x instanceof Block.SourceList)
                .forEach(x -> sources.addAll(((Block.SourceList) x).sources()));
        return new BriefingModel(templates.theme().firmName(), text.title().heading(), text.title().paragraphs(),
                b.asOf(), b.isoWeek(), b.currency(), f.unit(), front.facts(), text.takeaways(), front.kpis(), sections,
                sources, legend, colors(b, f.style()), text.dataAge(),
                new Scoreboard(f).table(guidanceTable, runRates, quarterly, ttm, fiscalYear).orElse(null));
    }

    private static Map<String, Color> colors(Briefing b, CompanyStyle style) {
        Map<String, Color> out = new HashMap<>();
        b.companies().forEach(p -> out.putIfAbsent(p.id(), style.color(p.id())));
        return out;
    }

    /**
     * Exhibit numbers in reading order, given only to exhibits that have something to draw; an
     * exhibit with too little to draw (see {@link Drawable}) is a sentence instead, saying what there is.
     */
    private static final class Numbering {
        private final Function<Exhibit, String> words;
        private int last;

        Numbering(Function<Exhibit, String> words) {
            this.words = words;
        }

        Optional<Block> next(Function<Integer, Optional<Exhibit>> exhibit) {
            Optional<Exhibit> e = exhibit.apply(last + 1);
            if (e.isPresent() && !Drawable.enough(e.get())) {
                return Optional.of(new Block.Prose(List.of(words.apply(e.get()))));
            }
            e.ifPresent(x -> last++);
            return e.map(Block.Chart::new);
        }
    }

    /**
     * The section, or when it has nothing to show the same section standing for itself by one
     * sentence (its tables kept for the workbook's sheet, which says the same with its headers).
     */
    private static Section orAbsent(Section s, String sentence) {
        if (!s.showsNothing()) {
            return s;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Absent(sentence));
        blocks.addAll(s.blocks());
        return new Section(s.id(), s.heading(), List.of(), blocks);
    }

    private static Optional<Block> grid(Table t) {
        return Optional.of(new Block.Grid(t));
    }

    /** A table that only appears when the data has rows for it (a ratio no company reports both lines of). */
    private static Optional<Block> nonEmpty(Table t) {
        return t.rows().isEmpty() ? Optional.empty() : grid(t);
    }

    @SafeVarargs
    private static List<Block> blocks(Optional<Block>... blocks) {
        List<Block> out = new ArrayList<>();
        for (Optional<Block> b : blocks) {
            b.ifPresent(out::add);
        }
        return out;
    }

    private static Section section(BriefingText text, BriefingSection s, List<Block> blocks) {
        TextBlock t = text.section(s);
        return new Section(s, t.heading(), t.paragraphs(), blocks);
    }

    /** Every mark the tables use. */
    private static Set<Mark> marks(List<Section> sections) {
        Set<Mark> out = EnumSet.noneOf(Mark.class);
        sections.forEach(s -> s.tables().forEach(t -> out.addAll(t.marks())));
        return out;
    }

    /** The sources the short renderings of the tables cite: a shortened source list keeps all of them. */
    private static Set<Integer> cited(List<Section> sections) {
        Set<Integer> out = new TreeSet<>();
        for (Section s : sections) {
            for (Table t : s.tables()) {
                if (t.detail()) {
                    continue;
                }
                for (Row r : t.shortRendering()) {
                    r.cells().stream().filter(c -> c instanceof Cell.Sources).forEach(c -> out.addAll(((Cell.Sources) c).numbers()));
                }
            }
        }
        return out;
    }
}
