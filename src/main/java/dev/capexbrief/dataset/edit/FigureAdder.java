package dev.capexbrief.dataset.edit;

import dev.capexbrief.dataset.CompanyIds;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appends one figure to a YAML or CSV dataset, the way {@code capexbrief add} does: after the last
 * figure, in the file's style, atomically, and only when the whole resulting file passes the
 * readers' validation; its problems are then exactly what {@code validate} would print for it.
 * Every field is handed to the readers as the text given, so a bad date or number gets their message.
 */
public final class FigureAdder {
    /** The readers' warning about a row that repeats an earlier one. */
    private static final Pattern REPEATS = Pattern.compile("repeats line (\\d+) \\(same figure\\); ignored");

    /**
     * What to add, as typed. Empty strings (or null) for fields not given.
     *
     * @param company    the company id; with {@code newCompany}, a company to add to the dataset
     * @param metric     empty for the company's guidance basis (the metric of its latest capex guidance), else {@code capex}
     */
    public record Request(Kind kind, String company, String metric, String period, String value, String low, String high,
                          String qualifier, String currency, String unit, String announced, String source, String note,
                          String confidence, String tag, String form, String accession, NewCompany newCompany) {
    }

    /** A company to add along with the figure; fields as typed (empty for the defaults). */
    public record NewCompany(String name, String fiscalYearEnd, String cik) {
    }

    /** What happened. */
    public sealed interface Outcome permits Added, AlreadyThere {
        /** The file, as messages name it. */
        String file();

        /** The line of the figure (the new one, or the one that was already there). */
        long line();
    }

    /** The figure was appended. */
    public record Added(String file, long line, Figure figure, boolean newCompany, List<Problem> warnings) implements Outcome {
    }

    /** The same figure was already in the file: nothing was written. */
    public record AlreadyThere(String file, long line) implements Outcome {
    }

    /** Adds the figure, or throws the problems that keep it out (exactly as {@code validate} lists them). */
    public Outcome add(Path file, Request r) throws IOException, InvalidDatasetException {
        try (DatasetEditor editor = DatasetEditor.open(file, false)) {
            Dataset before = editor.dataset();
            boolean known = before.companies().containsKey(r.company());
            if (!known && r.newCompany() == null) {
                throw new IllegalArgumentException(unknownCompany(editor.name(), before, r.company()));
            }
            if (known && r.newCompany() != null) {
                throw new IllegalArgumentException(r.company() + " is already in " + editor.name()
                        + "; --company-name, --fiscal-year-end and --cik describe a company to add, leave them out");
            }
            if (!known) {
                editor.addCompany(r.company(), r.newCompany().name(), r.newCompany().fiscalYearEnd(), r.newCompany().cik());
            }
            DatasetEditor.NewFigure added = editor.addFigure(fields(r, before, editor), DatasetEditor.Place.END_OF_FIGURES);
            DatasetEditor.Commit commit = editor.commit(d -> d.figures().stream().anyMatch(f -> f.line() == added.line()));
            Dataset after = commit.dataset();
            if (!commit.written()) {
                return new AlreadyThere(editor.name(), twinLine(after, added.line()));
            }
            Figure figure = after.figures().stream().filter(f -> f.line() == added.line()).findFirst().orElseThrow();
            List<Problem> warnings = after.warnings().stream().filter(w -> w.line() == added.line()).toList();
            return new Added(editor.name(), added.line(), figure, !known, warnings);
        }
    }

    /** The row; currency and unit are spelled out (USD, B) where the file's rows have them, as the bundled dataset does. */
    private static Map<String, String> fields(Request r, Dataset d, DatasetEditor editor) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("company", r.company());
        f.put("metric", blank(r.metric()) ? guidanceBasis(d, r.company()) : r.metric());
        f.put("kind", r.kind().code());
        f.put("period", text(r.period()));
        f.put("value", text(r.value()));
        f.put("low", text(r.low()));
        f.put("high", text(r.high()));
        f.put("qualifier", text(r.qualifier()));
        f.put("currency", blank(r.currency()) ? (editor.writesField("currency") ? "USD" : "") : r.currency());
        f.put("unit", blank(r.unit()) ? (editor.writesField("unit") ? "B" : "") : r.unit());
        f.put("announced", text(r.announced()));
        f.put("source", text(r.source()));
        f.put("note", text(r.note()));
        f.put("tag", text(r.tag()));
        f.put("form", text(r.form()));
        f.put("accession", text(r.accession()));
        f.put("confidence", text(r.confidence()));
        return f;
    }

    /**
     * The metric of the company's latest capex guidance on a named basis (plain {@code capex} only when it
     * guides on no named one, as the briefing chooses it); {@code capex} without any.
     */
    static String guidanceBasis(Dataset d, String company) {
        return d.figures().stream()
                .filter(f -> f.isGuidance() && f.isCapex() && f.company().id().equals(company))
                .max(Comparator.comparing((Figure f) -> !f.metric().equals("capex"))
                        .thenComparing(Figure::announced).thenComparingLong(Figure::line))
                .map(Figure::metric).orElse("capex");
    }

    private static String unknownCompany(String file, Dataset d, String id) {
        Optional<String> other = CompanyIds.likelyMeant(id, d.companies().keySet());
        return id + " is not a company in " + file + (other.map(o -> " (did you mean " + o + "?)").orElse(""))
                + "; to add it, give --company-name (and --fiscal-year-end, --cik)";
    }

    /** The line of the figure the new one repeats, from the readers' warning about it. */
    private static long twinLine(Dataset after, long newLine) {
        return after.warnings().stream().filter(w -> w.line() == newLine).map(Problem::message)
                .map(REPEATS::matcher).filter(Matcher::matches).mapToLong(m -> Long.parseLong(m.group(1)))
                .findFirst().orElse(newLine);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
