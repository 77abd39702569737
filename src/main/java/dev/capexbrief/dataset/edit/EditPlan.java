package dev.capexbrief.dataset.edit;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.edit.DatasetEditor.Format;
import dev.capexbrief.dataset.edit.DatasetEditor.NewFigure;
import dev.capexbrief.dataset.edit.DatasetEditor.Place;
import dev.capexbrief.dataset.edit.DatasetEditor.Replacement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An editor's changes as line edits of its file: where each new company and figure goes and how it
 * is written (YAML: under {@code companies:} and after the company's last figure or the last
 * figure, in the list's style; CSV: the header grown by the columns the new rows need, each row
 * after the company's last or at the end), and which lines a replaced figure takes the place of.
 */
final class EditPlan {
    private final DatasetEditor e;

    EditPlan(DatasetEditor editor) {
        this.e = editor;
    }

    TextEdits yaml() {
        String le = e.facts.lineEnding();
        TextEdits edits = new TextEdits(LineBreaks.YAML, le);
        YamlLayout.Section figs = e.yaml == null ? null : e.yaml.figures();
        YamlLayout.Section comps = e.yaml == null ? null : e.yaml.companies();
        if (figs != null && !figs.block()) {
            throw new IllegalArgumentException(e.name + ":" + figs.keyLine() + ": figures: is written as a flow list "
                    + "([...]); write it as a block list, one '- {...}' a line, so capexbrief can add to it");
        }
        if (comps != null && !comps.block() && comps.lastEnd() > 0 && !e.newCompanies.isEmpty()) {
            // a figure of a company the list lacks is an error, so the company must go into the list
            throw new IllegalArgumentException(e.name + ":" + comps.keyLine() + ": companies: is written as a flow list"
                    + " ([...]); write it as a block list, one '- {...}' a line, so capexbrief can add "
                    + String.join(", ", e.newCompanies.keySet()) + " to it");
        }
        boolean companiesHere = comps != null && comps.block();
        StringBuilder companyLines = new StringBuilder();
        EntryStyle companyStyle = companiesHere ? comps.style() : EntryStyle.DEFAULT;
        for (Map<String, String> c : e.newCompanies.values()) {
            if (companiesHere || !e.exists) {
                companyLines.append(RowText.yaml(c, companyStyle, le));
            }
        }
        if (companyLines.length() > 0) {
            if (!e.exists) {
                edits.insertAfter(TextEdits.END, "companies:" + le + companyLines);
            } else {
                edits.insertAfter(after(comps), companyLines.toString());
            }
        }
        EntryStyle style = figs == null ? EntryStyle.DEFAULT : figs.style();
        boolean headed = figs != null;
        for (NewFigure f : e.figures) {
            Map<String, String> fields = inline(f.fields, !(companiesHere || !e.exists));
            String text = RowText.yaml(fields, style, le);
            long at;
            if (f.place == Place.END_OF_COMPANY && e.yaml != null && e.yaml.companyEnd(f.fields.get("company")) > 0) {
                at = e.yaml.companyEnd(f.fields.get("company"));
            } else {
                at = figs == null ? TextEdits.END : after(figs);
            }
            if (!headed) {
                text = "figures:" + le + text;
                e.offsets.put(f, 1);
                headed = true;
            }
            f.insert = edits.insertAfter(at, text);
        }
        for (Replacement r : e.replacements) {
            long[] lines = e.entryLines(r.figure());
            edits.replace(lines[0], lines[1], RowText.yaml(r.fields(), style, le));
        }
        return edits;
    }

    /** Where new entries of a section go: after its last entry, under its key when empty, or at the end of the file. */
    private static long after(YamlLayout.Section s) {
        if (s.last()) {
            return TextEdits.END;
        }
        return s.lastEnd() > 0 ? s.lastEnd() : s.keyLine();
    }

    TextEdits csv() {
        String le = e.facts.lineEnding();
        TextEdits edits = new TextEdits(LineBreaks.CSV, le);
        List<String> columns = new ArrayList<>(e.csv == null ? List.of() : e.csv.columns());
        List<Map<String, String>> rows = new ArrayList<>();
        for (NewFigure f : e.figures) {
            rows.add(inline(f.fields, true));
        }
        for (Replacement r : e.replacements) {
            rows.add(r.fields());
        }
        List<String> added = new ArrayList<>();
        for (String field : DatasetEditor.FIELD_ORDER) {
            if (!columns.contains(field) && (!e.exists || rows.stream().anyMatch(r -> !r.getOrDefault(field, "").isEmpty()))) {
                added.add(field);
            }
        }
        CsvLayout layout = e.csv == null ? new CsvLayout() : e.csv;
        if (!added.isEmpty()) {
            columns.addAll(added);
            StringBuilder header = new StringBuilder(e.facts.bom() ? "\uFEFF" : "");
            List<String> names = new ArrayList<>();
            added.forEach(c -> names.add(RowText.csvCell(c, layout.separator(), layout.quoteAll())));
            if (e.exists) {
                header.append(layout.headerText()).append(layout.separator());
            }
            header.append(String.join(String.valueOf(layout.separator()), names)).append(le);
            if (e.exists) {
                edits.replace(1, layout.headerEnd(), header.toString());
            } else {
                edits.insertAfter(0, header.toString());
            }
        }
        int i = 0;
        for (NewFigure f : e.figures) {
            String text = RowText.csv(rows.get(i++), layout, columns, le);
            long end = e.csv == null ? 0 : e.csv.companyEnd(f.fields.get("company"));
            f.insert = edits.insertAfter(f.place == Place.END_OF_COMPANY && end > 0 ? end : TextEdits.END, text);
        }
        for (Replacement r : e.replacements) {
            long[] lines = e.entryLines(r.figure());
            edits.replace(lines[0], lines[1], RowText.csv(rows.get(i++), layout, columns, le));
        }
        return edits;
    }

    /** A row with the company's name, fiscal year end and CIK on it, where the file keeps them on rows. */
    private Map<String, String> inline(Map<String, String> fields, boolean onRows) {
        String id = fields.get("company");
        Map<String, String> info = e.newCompanies.get(id);
        Company known = e.dataset.companies().get(id);
        if (!onRows || (info == null && known == null)) {
            return fields;
        }
        Map<String, String> out = new LinkedHashMap<>(fields);
        if (info != null) {
            fill(out, "company_name", info.get("name"));
            fill(out, "fiscal_year_end", info.get("fiscal_year_end"));
            fill(out, "cik", info.get("cik"));
        } else if (e.format == Format.CSV && e.csv != null) {
            // an existing company's details go only in the columns the file already has
            if (e.csv.columns().contains("company_name")) {
                fill(out, "company_name", known.name());
            }
            if (e.csv.columns().contains("fiscal_year_end")) {
                fill(out, "fiscal_year_end", String.valueOf(known.fiscalYearEnd().getValue()));
            }
            if (known.hasCik() && e.csv.columns().contains("cik")) {
                fill(out, "cik", String.valueOf(known.cik()));
            }
        }
        return ordered(out);
    }

    private static void fill(Map<String, String> row, String field, String value) {
        String there = row.get(field);
        if (there == null || there.isEmpty()) {
            row.put(field, value == null ? "" : value);
        }
    }

    /** The fields in {@link DatasetEditor#FIELD_ORDER}, then any others. */
    static Map<String, String> ordered(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : DatasetEditor.FIELD_ORDER) {
            String v = fields.get(f);
            if (v != null) {
                out.put(f, v);
            }
        }
        fields.forEach((k, v) -> {
            if (v != null) {
                out.putIfAbsent(k, v);
            }
        });
        return out;
    }
}
