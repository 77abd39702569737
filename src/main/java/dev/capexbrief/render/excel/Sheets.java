package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.XlsxDatasetReader;
import dev.capexbrief.render.model.Block;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Section;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Which sections of the model each analysis sheet shows, in the analyst's reading order: the
 * sheet's title and intro are its section's heading and intro (the same templates as the PDF), its
 * tables come first, then its exhibits as native charts, then (not printed) the cells the charts read.
 */
final class Sheets {
    static final String SUMMARY = "Summary";
    static final String GUIDANCE = "Guidance";
    static final String HISTORY = "History";
    static final String QUARTERLY = "Quarterly";
    static final String CASH = "Cash";
    static final String CHANGES = "Changes";
    static final String SOURCES = XlsxDatasetReader.SOURCES_SHEET;

    private final BriefingModel model;
    private final Headlines headlines;

    Sheets(BriefingModel model) {
        this.model = model;
        this.headlines = new Headlines(model.kpis(), model.facts(), model.asOf());
    }

    /** The analysis sheets, in tab order (the Data sheets go between Changes and Sources). */
    List<SheetPlan> plans(Dataset dataset, List<String> dataSheets) {
        List<SheetPlan> plans = new ArrayList<>(List.of(summary(dataSheets), guidance(), history(), quarterly()));
        cash().ifPresent(plans::add);
        plans.add(changes());
        plans.add(new MethodologyPlan(model, dataset, dataSheets).plan());
        return plans;
    }

    /** The Summary cell holding the as-of date, once laid out (or null). */
    String asOfCell() {
        return headlines.asOfCell();
    }

    private SheetPlan summary(List<String> dataSheets) {
        SheetPlan plan = new SheetPlan(SUMMARY).widths(44, 14, 36, 82)
                .add(Lines.heading(model.title(), Lines.Look.TITLE, model.standfirst(), Lines.Look.INTRO));
        if (!model.notices().isEmpty()) {
            plan.add(new Lines(model.notices(), Lines.Look.NOTICE));
        }
        plan.headerHere().add(headlines)
                .add(new Items(model.section(BriefingSection.TAKEAWAYS).heading(), model.takeaways(), false));
        List<Contents.Entry> entries = new ArrayList<>();
        entries.add(new Contents.Entry(GUIDANCE, model.section(BriefingSection.GUIDANCE).heading()));
        entries.add(new Contents.Entry(HISTORY, model.section(BriefingSection.HISTORY).heading()));
        entries.add(new Contents.Entry(QUARTERLY, model.section(BriefingSection.RUN_RATE).heading()));
        cashSection().ifPresent(c -> entries.add(new Contents.Entry(CASH, c.heading())));
        entries.add(new Contents.Entry(CHANGES, model.section(BriefingSection.CHANGES).heading()));
        for (String data : dataSheets) {
            entries.add(new Contents.Entry(data, "Every input row, as an Excel table: edit it and use the workbook"
                    + " as input"));
        }
        entries.add(new Contents.Entry(SOURCES, model.section(BriefingSection.METHODOLOGY).heading()));
        return plan.add(new Contents(entries));
    }

    private SheetPlan guidance() {
        Section guidance = model.section(BriefingSection.GUIDANCE);
        SheetPlan plan = titled(GUIDANCE, guidance).headerHere();
        tables(plan, guidance);
        Section others = model.section(BriefingSection.OTHER_PLANS);
        plan.add(Lines.heading(others.heading(), Lines.Look.SECTION, others.intro(), Lines.Look.INTRO));
        tables(plan, others);
        // the plans chart opens the PDF's "this week" page; here it sits with the plans it draws
        return charts(plan, model.section(BriefingSection.THIS_WEEK).exhibits());
    }

    private SheetPlan history() {
        Section history = model.section(BriefingSection.HISTORY);
        SheetPlan plan = titled(HISTORY, history).headerHere();
        return charts(tables(plan, history), history.exhibits());
    }

    private SheetPlan quarterly() {
        Section runRate = model.section(BriefingSection.RUN_RATE);
        SheetPlan plan = titled(QUARTERLY, runRate).freezeHere();
        return charts(tables(plan, runRate), runRate.exhibits());
    }

    /** The cash section, where the data has lines to measure capex against. */
    private java.util.Optional<Section> cashSection() {
        return model.sections().stream().filter(s -> s.id() == BriefingSection.CASH).findFirst();
    }

    /** Cash coverage: its tables, with live ratio and free-cash-flow formulas, then its exhibits. */
    private java.util.Optional<SheetPlan> cash() {
        return cashSection().map(cash -> charts(tables(titled(CASH, cash).freezeHere(), cash), cash.exhibits()));
    }

    private SheetPlan changes() {
        Section changes = model.section(BriefingSection.CHANGES);
        SheetPlan plan = titled(CHANGES, changes).freezeHere();
        List<Table> tables = changes.tables();
        // the revisions first, this week's news next, then the rest (the share-price moves)
        tables.stream().limit(1).forEach(t -> plan.add(new TablePiece(t)));
        Section week = model.section(BriefingSection.THIS_WEEK);
        plan.add(Lines.heading(week.heading(), Lines.Look.SECTION, week.intro(), Lines.Look.INTRO));
        tables(plan, week);
        tables.stream().skip(1).forEach(t -> plan.add(new TablePiece(t)));
        return charts(plan, changes.exhibits());
    }

    private static SheetPlan titled(String name, Section section) {
        return new SheetPlan(name).add(Lines.heading(section.heading(), Lines.Look.TITLE, section.intro(),
                Lines.Look.INTRO));
    }

    private static SheetPlan tables(SheetPlan plan, Section section) {
        for (Block b : section.blocks()) {
            if (b instanceof Block.Grid g) {
                plan.add(new TablePiece(g.table()));
            }
        }
        return plan;
    }

    /** The exhibits' charts, then, past the printed page, the cells they read. */
    private static SheetPlan charts(SheetPlan plan, List<Exhibit> exhibits) {
        List<ChartData> data = exhibits.stream().map(ChartData::new).toList();
        data.forEach(d -> plan.add(new ChartPiece(d)));
        if (!data.isEmpty()) {
            plan.printEnd();
            data.forEach(plan::add);
        }
        return plan;
    }
}
