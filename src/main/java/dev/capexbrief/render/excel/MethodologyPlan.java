package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.model.Block;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Section;
import dev.capexbrief.render.text.BriefingSection;

import java.util.List;

/**
 * Sources &amp; Methodology: the model's methodology section in order (notes, the marks' legend, the
 * FX rates, data warnings, every numbered source), what the Data sheets hold, and the disclaimer.
 * The FX table lists the dataset's rates under the dataset's field names, which capexbrief reads
 * back when the workbook is its input.
 */
final class MethodologyPlan {
    private static final int[] WIDTHS = {9, 18, 14, 16, 64, 28};

    private final BriefingModel model;
    private final Dataset dataset;
    private final List<String> dataSheets;

    MethodologyPlan(BriefingModel model, Dataset dataset, List<String> dataSheets) {
        this.model = model;
        this.dataset = dataset;
        this.dataSheets = List.copyOf(dataSheets);
    }

    SheetPlan plan() {
        Section methodology = model.section(BriefingSection.METHODOLOGY);
        SheetPlan plan = new SheetPlan(Sheets.SOURCES).widths(WIDTHS).add(Lines.heading(methodology.heading(),
                Lines.Look.TITLE, methodology.intro(), Lines.Look.INTRO));
        boolean fx = false;
        for (Block b : methodology.blocks()) {
            if (b instanceof Block.Bullets list) {
                plan.add(new Items(list.title(), list.items(), true));
            } else if (b instanceof Block.Grid g) {
                plan.add(new FxTablePiece(dataset.fxRates(), g.table()));
                fx = true;
            } else if (b instanceof Block.SourceList sources) {
                if (!fx) {
                    plan.add(new FxTablePiece(dataset.fxRates(), null));
                    fx = true;
                }
                plan.add(new SourceListPiece(sources.title(), sources.sources()));
            }
        }
        plan.add(Lines.heading("Data", Lines.Look.SECTION, List.of(data()), Lines.Look.NOTE));
        Section disclaimer = model.section(BriefingSection.DISCLAIMER);
        for (Block b : disclaimer.blocks()) {
            if (b instanceof Block.FinePrint p) {
                plan.add(Lines.heading(disclaimer.heading(), Lines.Look.SECTION, p.paragraphs(), Lines.Look.NOTE));
            }
        }
        return plan;
    }

    /** Where the input rows are, and that the workbook reads back as input. */
    private String data() {
        String where = dataSheets.size() == 1 ? "the " + dataSheets.get(0) + " sheet"
                : "the sheets " + String.join(", ", dataSheets) + " (Excel holds at most 1,048,576 rows a sheet)";
        return "Every input row of " + Text.fileName(dataset.name()) + " ("
                + dev.capexbrief.analysis.Plural.count(dataset.figures().size(), "figure", "figures") + ") is on " + where + ", with the dataset's own column names, so the workbook can be edited"
                + " and used as capexbrief input: capexbrief brief --data this-file.xlsx.";
    }
}
