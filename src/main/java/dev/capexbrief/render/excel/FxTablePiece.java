package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.FxRate;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFTable;

import java.util.List;

/**
 * The dataset's FX table as the Excel table {@code FxRates}, headed by the dataset's field names:
 * capexbrief reads it back when the workbook is its input, so it lists every rate of the dataset,
 * each marked with whether the briefing used it (the rates the model's FX table lists).
 */
final class FxTablePiece implements Piece {
    static final String TABLE = "FxRates";
    /** The reader finds columns by name; "used_in_briefing" is for the analyst and ignored on input. */
    private static final List<String> COLUMNS = List.of("currency", "usd_per_unit", "as_of", "used_in_briefing",
            "source");

    private final List<FxRate> rates;
    private final Table used;

    /** @param used the model's table of the rates the briefing used, or null for none */
    FxTablePiece(List<FxRate> rates, Table used) {
        this.rates = List.copyOf(rates);
        this.used = used;
    }

    @Override
    public int height() {
        return rates.isEmpty() ? 0 : 2 + rates.size();
    }

    @Override
    public void write(Canvas canvas, int top) {
        if (rates.isEmpty()) {
            return;
        }
        Grid grid = canvas.grid();
        Styles s = canvas.styles();
        grid.label(top, 0, "FX rates (US dollars per unit; read back when this workbook is used as input)", s.section());
        for (int c = 0; c < COLUMNS.size(); c++) {
            grid.header(top + 1, c, COLUMNS.get(c), c == 1);
        }
        int r = top + 2;
        for (FxRate rate : rates) {
            grid.text(r, 0, rate.currency(), s.text());
            grid.number(r, 1, rate.usdPerUnit(), s.rate());
            grid.date(r, 2, rate.asOf(), s.date());
            grid.text(r, 3, used(rate) ? "yes" : "no", s.text());
            grid.link(r, 4, rate.source(), rate.source());
            r++;
        }
        XSSFTable table = grid.sheet().createTable(new AreaReference(new CellReference(top + 1, 0),
                new CellReference(r - 1, COLUMNS.size() - 1), SpreadsheetVersion.EXCEL2007));
        table.setName(TABLE);
        table.setDisplayName(TABLE);
        table.setStyleName("TableStyleLight9");
        for (int c = 0; c < COLUMNS.size(); c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(COLUMNS.get(c));
        }
    }

    /** True when the model's FX table lists this rate: the same currency, rate and day. */
    private boolean used(FxRate rate) {
        if (used == null) {
            return false;
        }
        int currency = used.column("currency");
        int usd = used.column("rate");
        int asOf = used.column("asOf");
        for (Row row : used.body()) {
            if (row.cell(currency).text().equals(rate.currency()) && row.cell(usd) instanceof Cell.Number n
                    && n.value().compareTo(rate.usdPerUnit()) == 0 && row.cell(asOf) instanceof Cell.Day d
                    && d.date().equals(rate.asOf())) {
                return true;
            }
        }
        return false;
    }
}
