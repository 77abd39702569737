package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.CellRef;
import dev.capexbrief.render.model.Derivation;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;

import java.util.HashMap;
import java.util.Map;

/**
 * Where every model table and every listed source is on the workbook's sheets, filled by the layout
 * pass before any cell is written, so a formula can refer to a cell on a sheet written later. A
 * model cell reference ({@link CellRef}: table, row key, column id) becomes an A1 reference:
 * relative within the same row, absolute elsewhere on the sheet, sheet-qualified (or the defined
 * name of that cell) on another sheet.
 */
final class Addresses {
    private final Map<String, TableLayout> tables = new HashMap<>();
    private final Map<Integer, String> sources = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    void add(TableLayout layout) {
        if (tables.putIfAbsent(layout.table().id(), layout) != null) {
            throw new IllegalArgumentException("table " + layout.table().id() + " is placed twice");
        }
    }

    /** The table's place, or null when the workbook does not show it. */
    TableLayout table(String id) {
        return tables.get(id);
    }

    /** Source {@code number} is listed at {@code target} ("'Sources & Methodology'!A40"). */
    void source(int number, String target) {
        sources.put(number, target);
    }

    /** Where source {@code number} is listed, or null. */
    String source(int number) {
        return sources.get(number);
    }

    /** Formulas on other sheets refer to this cell by its defined name ("GroupTotal"). */
    void name(String name, String cell) {
        names.put(cell, name);
    }

    /** A reference from a cell of {@code table}'s row {@code row} (both may be null: a chart's data) on {@code sheet}. */
    String ref(CellRef ref, Table table, Row row, String sheet) {
        TableLayout target = target(ref, table);
        String key = ref.row() != null ? ref.row() : row.key();
        int r = target.row(key);
        int c = target.column(ref.column());
        if (!target.sheet().equals(sheet)) {
            String cell = Refs.cell(target.sheet(), r, c);
            return names.getOrDefault(cell, cell);
        }
        return ref.row() == null && ref.table() == null ? Grid.a1(r, c) : Refs.cell(null, r, c);
    }

    /** The model cell a reference points to. */
    Cell cell(CellRef ref, Table table, Row row) {
        return target(ref, table).cell(ref.row() != null ? ref.row() : row.key(), ref.column());
    }

    /** True when the reference can be resolved: its table is placed and has the row. */
    boolean resolves(CellRef ref, Table table, Row row) {
        TableLayout target = ref.table() == null ? tables.get(table.id()) : tables.get(ref.table());
        return target != null && target.has(ref.row() != null ? ref.row() : row.key());
    }

    /** A change is shown signed: a difference, or a link to one. */
    boolean signed(Derivation d, Table table, Row row) {
        if (d instanceof Derivation.Difference) {
            return true;
        }
        if (d instanceof Derivation.Link link && resolves(link.a(), table, row)
                && cell(link.a(), table, row) instanceof Cell.Money m && m.derivation() != null) {
            TableLayout target = target(link.a(), table);
            return signed(m.derivation(), target.table(), target.rowOf(link.a().row() != null ? link.a().row()
                    : row.key()));
        }
        return false;
    }

    private TableLayout target(CellRef ref, Table table) {
        String id = ref.table() != null ? ref.table() : table.id();
        TableLayout t = tables.get(id);
        if (t == null) {
            throw new IllegalArgumentException("table " + id + " is not in the workbook");
        }
        return t;
    }
}
