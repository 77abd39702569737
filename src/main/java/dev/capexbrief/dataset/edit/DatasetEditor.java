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
            "note", "tag", "form", "accession", "confidence", "footnote");

    /** A figure added by this edit; {@link #line()} is its line in the new file once written. */
    public static final class NewFigure {
        final Map<String, String> fields;
        final Place place;
        TextEdits.Insert insert;
        private long line;

        private NewFigure(Map<String, String> fields, Place place) {
            this.fields = fields;
            this.place = place;
        }

        public long line() {
            return line;
        }
    }

    record Replacement(Figure figure, Map<String, String> fields) {
    }

    final Path file;
    final String name;
    final Format format;
    private final FileRewrite rewrite;
    final Dataset dataset;
    final boolean exists;
    final FileFacts facts;
    final YamlLayout yaml;
    final CsvLayout csv;
    /** New companies' fields as text (id, name, fiscal_year_end, cik), so the readers judge them as written. */
    final Map<String, Map<String, String>> newCompanies = new LinkedHashMap<>();
    /** Lines between an insert's start and its figure: a section key written with the first new figure. */
    final Map<NewFigure, Integer> offsets = new java.util.HashMap<>();
    final List<NewFigure> figures = new ArrayList<>();
    final List<Replacement> replacements = new ArrayList<>();

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
        NewFigure f = new NewFigure(EditPlan.ordered(fields), place);
        figures.add(f);
        return f;
    }

    /**
     * A figure as one line of a YAML dataset, the way {@link #addFigure} writes it into a flow-style
     * list: {@code   - {company: META, metric: ..., note: "..."}} and a line feed; fields in
     * {@link #FIELD_ORDER}, empty ones left out.
     */
    public static String yamlLine(Map<String, String> fields) {
        return RowText.yaml(EditPlan.ordered(fields), EntryStyle.DEFAULT, "\n");
    }

    /** Replaces a figure imported earlier (one whose row names a tag, an accession or an EDGAR filing). */
    public void replaceFigure(Figure figure, Map<String, String> fields) {
        if (entryLines(figure) == null) {
            throw new IllegalArgumentException("line " + figure.line() + " of " + name + " is not an imported figure");
        }
        replacements.add(new Replacement(figure, EditPlan.ordered(fields)));
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
        EditPlan plan = new EditPlan(this);
        TextEdits edits = format == Format.YAML ? plan.yaml() : plan.csv();
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

    /** The first and last line of an imported figure's entry, or null when the figure is not one. */
    long[] entryLines(Figure figure) {
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
