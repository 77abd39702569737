package dev.capexbrief.dataset.edit;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.XlsxDatasetReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An edit of one YAML or CSV dataset file that keeps every byte it does not change: companies and
 * figures are added in the file's own style (a YAML flow line like its neighbours, or a CSV record
 * in the header's order, separator, quoting and decimal mark, with the file's line ending), and
 * figures imported earlier can be replaced. Nothing else is rewritten: comments, order, quoting and
 * blank lines stay as they are. A CSV header that lacks a column a new row needs gets it appended.
 *
 * <p>The file is locked while it is edited. {@link #commit} writes the result beside the file, reads
 * it back with the dataset readers (so it is validated exactly as {@code validate} would, under
 * the file's own name and line numbers) and only then moves it into place.
 */
public final class DatasetEditor implements AutoCloseable {
    /** The dataset formats that can be edited as text. */
    public enum Format { YAML, CSV }

    /** Where a new figure goes. */
    public enum Place {
        /** After the last figure of the file. */
        END_OF_FIGURES,
        /** After the company's last figure (after the last figure of the file for a company without any). */
        END_OF_COMPANY
    }

    /** The order of a figure's fields in a new row. */
    public static final List<String> FIELD_ORDER = List.of("company", "company_name", "fiscal_year_end", "cik",
            "metric", "kind", "period", "value", "low", "high", "qualifier", "currency", "unit", "announced", "source",
            "note", "tag", "form", "accession", "confidence");

    /** A figure added by this edit; {@link #line()} is its line in the new file once written. */
    public static final class NewFigure {
        private final Map<String, String> fields;
        private final Place place;
        private TextEdits.Insert insert;
        private long line;

        private NewFigure(Map<String, String> fields, Place place) {
            this.fields = fields;
            this.place = place;
        }

        public long line() {
            return line;
        }
    }

    private record Replacement(Figure figure, Map<String, String> fields) {
    }

    private final Path file;
    private final String name;
    private final Format format;
    private final FileRewrite rewrite;
    private final Dataset dataset;
    private final boolean exists;
    private final FileFacts facts;
    private final YamlLayout yaml;
    private final CsvLayout csv;
    /** New companies' fields as text (id, name, fiscal_year_end, cik), so the readers judge them as written. */
    private final Map<String, Map<String, String>> newCompanies = new LinkedHashMap<>();
    /** Lines between an insert's start and its figure: a section key written with the first new figure. */
    private final Map<NewFigure, Integer> offsets = new java.util.HashMap<>();
    private final List<NewFigure> figures = new ArrayList<>();
    private final List<Replacement> replacements = new ArrayList<>();

    private DatasetEditor(Path file, Format format, FileRewrite rewrite, Dataset dataset, boolean exists,
                          FileFacts facts, YamlLayout yaml, CsvLayout csv) {
        this.file = file;
        this.name = file.toString();
        this.format = format;
        this.rewrite = rewrite;
        this.dataset = dataset;
        this.exists = exists;
        this.facts = facts;
        this.yaml = yaml;
        this.csv = csv;
    }

    /** The format a dataset file is edited in, by its extension; a workbook is refused. */
    public static Format format(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            throw new IllegalArgumentException(file + " is a workbook; capexbrief adds figures to the .yaml or .csv "
                    + "dataset it was made from (a workbook's " + XlsxDatasetReader.DATA_SHEET + " sheet is its output)");
        }
        return n.endsWith(".yaml") || n.endsWith(".yml") ? Format.YAML : Format.CSV;
    }

    /**
     * Locks and reads {@code file}. It must be a valid dataset (its problems are thrown otherwise);
     * with {@code create}, a missing file is started empty.
     */
    public static DatasetEditor open(Path file, boolean create) throws IOException, InvalidDatasetException {
        Format format = format(file);
        boolean exists = Files.exists(file);
        if (!exists && !create) {
            throw new NoSuchFileException(file.toString());
        }
        FileRewrite rewrite = FileRewrite.lock(file);
        try {
            if (!exists) {
                return new DatasetEditor(file, format, rewrite, new Dataset(file.toString(), Map.of(), List.of(), List.of(),
                        List.of()), false, FileFacts.NEW, null, null);
            }
            Dataset dataset = new DatasetReader().read(file);
            LineBreaks breaks = format == Format.YAML ? LineBreaks.YAML : LineBreaks.CSV;
            return new DatasetEditor(file, format, rewrite, dataset, true, FileFacts.of(file, breaks),
                    format == Format.YAML ? YamlLayout.scan(file) : null, format == Format.CSV ? CsvLayout.scan(file) : null);
        } catch (IOException | InvalidDatasetException | RuntimeException e) {
            rewrite.close();
            throw e;
        }
    }

    /** The dataset as it is now (empty for a new file). */
    public Dataset dataset() {
        return dataset;
    }

    public Format format() {
        return format;
    }

    /** The file's name as messages give it. */
    public String name() {
        return name;
    }

    public boolean exists() {
        return exists;
    }

    /** Declares a company the dataset does not have yet (YAML: in {@code companies:}; else on its rows). */
    public void addCompany(Company company) {
        addCompany(company.id(), company.name(), String.valueOf(company.fiscalYearEnd().getValue()),
                company.hasCik() ? String.valueOf(company.cik()) : "");
    }

    /**
     * Declares a company from its fields as a user typed them (empty for none), for the readers to
     * judge: a bad fiscal year end or CIK is then reported exactly as {@code validate} reports it.
     */
    public void addCompany(String id, String companyName, String fiscalYearEnd, String cik) {
        if (dataset.companies().containsKey(id)) {
            throw new IllegalArgumentException(id + " is already in " + name);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name", companyName == null ? "" : companyName);
        fields.put("fiscal_year_end", fiscalYearEnd == null ? "" : fiscalYearEnd);
        fields.put("cik", cik == null ? "" : cik);
        newCompanies.put(id, fields);
    }

    /** Adds a figure given as its fields' text (the dataset's field names; empty values are left out). */
    public NewFigure addFigure(Map<String, String> fields, Place place) {
        NewFigure f = new NewFigure(ordered(fields), place);
        figures.add(f);
        return f;
    }

    /** Replaces a figure imported earlier (one whose row names a tag, an accession or an EDGAR filing). */
    public void replaceFigure(Figure figure, Map<String, String> fields) {
        if (entryLines(figure) == null) {
            throw new IllegalArgumentException("line " + figure.line() + " of " + name + " is not an imported figure");
        }
        replacements.add(new Replacement(figure, ordered(fields)));
    }

    /** Whether a new row can carry {@code field} without changing the file's layout (a CSV header without it would grow). */
    public boolean writesField(String field) {
        return format == Format.YAML || csv == null || csv.columns().contains(field);
    }

    /** Whether a figure of the file was imported (its row names a tag, an accession or an EDGAR filing). */
    public boolean isImported(Figure figure) {
        return entryLines(figure) != null;
    }

    /** Whether the edit changes anything. */
    public boolean hasChanges() {
        return !figures.isEmpty() || !replacements.isEmpty() || !newCompanies.isEmpty();
    }

    /**
     * The edited file as the readers read it, and whether it replaced the original.
     *
     * @param dataset the edited dataset (also when it was not written)
     */
    public record Commit(Dataset dataset, boolean written) {
    }

    /**
     * Writes the edited file beside the original, reads it back with the dataset readers and, when
     * it is valid and {@code accept} agrees, moves it into place. Throws the new file's problems
     * (exactly as {@code validate} would list them) when it is not valid. Lines of the new figures
     * are set either way.
     */
    public Commit commit(Predicate<Dataset> accept) throws IOException, InvalidDatasetException {
        TextEdits edits = format == Format.YAML ? yamlEdits() : csvEdits();
        Dataset[] result = new Dataset[1];
        boolean written = rewrite.replace(out -> write(edits, out), part -> {
            result[0] = new DatasetReader().read(part, name);
            return accept.test(result[0]);
        });
        return new Commit(result[0], written);
    }

    private void write(TextEdits edits, OutputStream out) throws IOException {
        Map<TextEdits.Insert, Long> lines;
        if (exists) {
            try (InputStream in = Files.newInputStream(file)) {
                lines = edits.apply(in, out);
            }
        } else {
            lines = edits.apply(InputStream.nullInputStream(), out);
        }
        for (NewFigure f : figures) {
            Long line = lines.get(f.insert);
            // a YAML figure line comes after its section's key, which shares the insert
            f.line = line == null ? 0 : line + lineOffset(f);
        }
    }

    private long lineOffset(NewFigure f) {
        return offsets.getOrDefault(f, 0);
    }

    private TextEdits yamlEdits() {
        String le = facts.lineEnding();
        TextEdits edits = new TextEdits(LineBreaks.YAML, le);
        YamlLayout.Section figs = yaml == null ? null : yaml.figures();
        YamlLayout.Section comps = yaml == null ? null : yaml.companies();
        if (figs != null && !figs.block()) {
            throw new IllegalArgumentException(name + ":" + figs.keyLine() + ": figures: is written as a flow list "
                    + "([...]); write it as a block list, one '- {...}' a line, so capexbrief can add to it");
        }
        boolean companiesHere = comps != null && comps.block();
        StringBuilder companyLines = new StringBuilder();
        EntryStyle companyStyle = companiesHere ? comps.style() : EntryStyle.DEFAULT;
        for (Map<String, String> c : newCompanies.values()) {
            if (companiesHere || !exists) {
                companyLines.append(RowText.yaml(c, companyStyle, le));
            }
        }
        if (companyLines.length() > 0) {
            if (!exists) {
                edits.insertAfter(TextEdits.END, "companies:" + le + companyLines);
            } else {
                edits.insertAfter(after(comps), companyLines.toString());
            }
        }
        EntryStyle style = figs == null ? EntryStyle.DEFAULT : figs.style();
        boolean headed = figs != null;
        for (NewFigure f : figures) {
            Map<String, String> fields = inline(f.fields, !(companiesHere || !exists));
            String text = RowText.yaml(fields, style, le);
            long at;
            if (f.place == Place.END_OF_COMPANY && yaml != null && yaml.companyEnd(f.fields.get("company")) > 0) {
                at = yaml.companyEnd(f.fields.get("company"));
            } else {
                at = figs == null ? TextEdits.END : after(figs);
            }
            if (!headed) {
                text = "figures:" + le + text;
                offsets.put(f, 1);
                headed = true;
            }
            f.insert = edits.insertAfter(at, text);
        }
        for (Replacement r : replacements) {
            long[] lines = entryLines(r.figure());
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

    private TextEdits csvEdits() {
        String le = facts.lineEnding();
        TextEdits edits = new TextEdits(LineBreaks.CSV, le);
        List<String> columns = new ArrayList<>(csv == null ? List.of() : csv.columns());
        List<Map<String, String>> rows = new ArrayList<>();
        for (NewFigure f : figures) {
            rows.add(inline(f.fields, true));
        }
        for (Replacement r : replacements) {
            rows.add(r.fields());
        }
        List<String> added = new ArrayList<>();
        for (String field : FIELD_ORDER) {
            if (!columns.contains(field) && (!exists || rows.stream().anyMatch(r -> !r.getOrDefault(field, "").isEmpty()))) {
                added.add(field);
            }
        }
        CsvLayout layout = csv == null ? new CsvLayout() : csv;
        if (!added.isEmpty()) {
            columns.addAll(added);
            StringBuilder header = new StringBuilder(facts.bom() ? "\uFEFF" : "");
            List<String> names = new ArrayList<>();
            added.forEach(c -> names.add(RowText.csvCell(c, layout.separator(), layout.quoteAll())));
            if (exists) {
                header.append(layout.headerText()).append(layout.separator());
            }
            header.append(String.join(String.valueOf(layout.separator()), names)).append(le);
            if (exists) {
                edits.replace(1, layout.headerEnd(), header.toString());
            } else {
                edits.insertAfter(0, header.toString());
            }
        }
        int i = 0;
        for (NewFigure f : figures) {
            String text = RowText.csv(rows.get(i++), layout, columns, le);
            long end = csv == null ? 0 : csv.companyEnd(f.fields.get("company"));
            f.insert = edits.insertAfter(f.place == Place.END_OF_COMPANY && end > 0 ? end : TextEdits.END, text);
        }
        for (Replacement r : replacements) {
            long[] lines = entryLines(r.figure());
            edits.replace(lines[0], lines[1], RowText.csv(rows.get(i++), layout, columns, le));
        }
        return edits;
    }

    /** A row with the company's name, fiscal year end and CIK on it, where the file keeps them on rows. */
    private Map<String, String> inline(Map<String, String> fields, boolean onRows) {
        String id = fields.get("company");
        Map<String, String> info = newCompanies.get(id);
        Company known = dataset.companies().get(id);
        if (!onRows || (info == null && known == null)) {
            return fields;
        }
        Map<String, String> out = new LinkedHashMap<>(fields);
        if (info != null) {
            fill(out, "company_name", info.get("name"));
            fill(out, "fiscal_year_end", info.get("fiscal_year_end"));
            fill(out, "cik", info.get("cik"));
        } else if (format == Format.CSV && csv != null) {
            // an existing company's details go only in the columns the file already has
            if (csv.columns().contains("company_name")) {
                fill(out, "company_name", known.name());
            }
            if (csv.columns().contains("fiscal_year_end")) {
                fill(out, "fiscal_year_end", String.valueOf(known.fiscalYearEnd().getValue()));
            }
            if (known.hasCik() && csv.columns().contains("cik")) {
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

    /** The fields in {@link #FIELD_ORDER}, then any others. */
    private static Map<String, String> ordered(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIELD_ORDER) {
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

    /** The first and last line of an imported figure's entry, or null when the figure is not one. */
    private long[] entryLines(Figure figure) {
        if (yaml != null) {
            YamlLayout.Entry e = yaml.figureAt(figure.line());
            return e == null ? null : new long[] {e.start(), e.end()};
        }
        if (csv != null) {
            CsvLayout.Entry e = csv.importedAt(figure.line());
            return e == null ? null : new long[] {e.start(), e.end()};
        }
        return null;
    }

    /** Releases the file's lock. */
    @Override
    public void close() throws IOException {
        rewrite.close();
    }
}
