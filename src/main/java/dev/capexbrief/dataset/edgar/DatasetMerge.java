package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.dataset.edit.DatasetEditor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges imported actuals into a YAML or CSV dataset. Only imported actuals are added or updated
 * (a row is imported when it names an XBRL tag or an accession, or cites an EDGAR filing); guidance
 * and rows entered by hand are never touched, and an imported actual for a period and day the
 * dataset already has by hand is left out. A restatement is a new row on its own filing date, the
 * row it restates stays, so {@code --as-of} sees each value while it was current.
 *
 * <p>Companies are matched by CIK, else by the ticker as the company's id (whose CIK is then written
 * on the imported rows); a company new to the dataset gets its ticker as id, its SEC name and its
 * fiscal-year-end month. New rows go after the company's last figure (at the end of the figures for
 * a new company), ordered by metric, period end and filing date, so the same payload always gives
 * the same file: importing it twice leaves the file byte-identical.
 */
public final class DatasetMerge {

    /** The outcome: a summary per company, and the dataset as merged. */
    public record Result(List<MergeSummary> companies, boolean written, Dataset dataset) {
    }

    private record Key(String metric, Period period, LocalDate announced) {
    }

    /**
     * @param tickers tickers known for CIKs (from a live look-up), for companies whose payload gives none
     * @param dryRun  check and summarise only: the file is not written
     */
    public Result merge(Path file, List<? extends ReportedCompany> imported, Map<Long, String> tickers, boolean dryRun)
            throws IOException, InvalidDatasetException {
        try (DatasetEditor editor = DatasetEditor.open(file, true)) {
            Dataset d = editor.dataset();
            checkCurrencies(editor, d, imported);
            Map<Long, Company> byCik = new HashMap<>();
            d.companyList().forEach(c -> {
                if (c.hasCik()) {
                    byCik.put(c.cik(), c);
                }
            });
            Set<String> newIds = new LinkedHashSet<>();
            List<MergeSummary> summaries = new ArrayList<>();
            for (ReportedCompany rc : imported) {
                summaries.add(company(editor, d, rc, byCik, newIds, tickers));
            }
            if (!editor.hasChanges()) {
                return new Result(summaries, false, d);
            }
            DatasetEditor.Commit commit = editor.commit(result -> !dryRun);
            return new Result(summaries, commit.written(), commit.dataset());
        }
    }

    private MergeSummary company(DatasetEditor editor, Dataset d, ReportedCompany rc, Map<Long, Company> byCik,
                                 Set<String> newIds, Map<Long, String> tickers) {
        Company company = byCik.get(rc.cik());
        MergeSummary.Match match = MergeSummary.Match.CIK;
        String id = company != null ? company.id() : idFor(rc, tickers);
        if (company == null) {
            Company sameId = d.companies().get(id);
            if (sameId != null && sameId.hasCik()) {
                throw new IllegalArgumentException(id + " in " + editor.name() + " has cik " + sameId.cik()
                        + ", but these filings are CIK " + rc.cik() + "'s; correct the cik, or import the company under another id");
            }
            if (sameId != null) {
                company = sameId;
                match = MergeSummary.Match.ID;
            } else if (newIds.add(id)) {
                Month fye = rc.fiscalYearEnd() == null ? Month.DECEMBER : rc.fiscalYearEnd();
                String name = rc.entityName() == null || rc.entityName().isBlank() ? id : rc.entityName().strip();
                company = new Company(id, name, fye, rc.cik());
                editor.addCompany(company);
                match = MergeSummary.Match.NEW;
            } else {
                throw new IllegalArgumentException("two companies in this import would both be " + id
                        + "; import CIK " + rc.cik() + " on its own into a dataset that lists it with another id");
            }
            byCik.put(rc.cik(), company);
        }
        return actuals(editor, d, rc, company.id(), match, match == MergeSummary.Match.ID ? String.valueOf(rc.cik()) : "");
    }

    private MergeSummary actuals(DatasetEditor editor, Dataset d, ReportedCompany rc, String id, MergeSummary.Match match,
                                 String cikOnRow) {
        Map<Key, Figure> existing = new HashMap<>();
        for (Figure f : d.figures()) {
            if (f.company().id().equals(id) && f.kind() == Kind.ACTUAL) {
                existing.put(new Key(f.metric(), f.period(), f.announced()), f);
            }
        }
        List<? extends ReportedActual> actuals = new ArrayList<>(rc.actuals());
        actuals.sort(Comparator.comparing((ReportedActual a) -> a.metric())
                .thenComparing(a -> a.end() != null ? a.end() : LocalDate.MIN)
                .thenComparing(a -> a.period().label())
                .thenComparing(ReportedActual::announced));
        int quarters = 0;
        int years = 0;
        int restatements = 0;
        int updated = 0;
        int unchanged = 0;
        int byHand = 0;
        int skipped = 0;
        Set<Key> seen = new java.util.HashSet<>();
        for (ReportedActual a : actuals) {
            Key key = new Key(a.metric().toLowerCase(Locale.ROOT), a.period(), a.announced());
            if (!seen.add(key)) {
                continue;
            }
            ImportedRow row = ImportedRow.of(id, cikOnRow, rc.cik(), a, previousFiled(a, actuals, existing.values()));
            if (row.refusal() != null) {
                skipped++;
                continue;
            }
            Figure there = existing.get(key);
            if (there == null) {
                editor.addFigure(row.fields(), DatasetEditor.Place.END_OF_COMPANY);
                if (a.restatement()) {
                    restatements++;
                } else if (isQuarter(a.period())) {
                    quarters++;
                } else {
                    years++;
                }
            } else if (!editor.isImported(there)) {
                byHand++;
            } else if (row.sameAs(there)) {
                unchanged++;
            } else {
                editor.replaceFigure(there, row.fields());
                updated++;
            }
        }
        return new MergeSummary(id, rc.cik(), match, quarters, years, restatements, updated, unchanged, byHand, skipped);
    }

    /** The filing date of the value a restatement replaces: the latest earlier filing of the period. */
    private static LocalDate previousFiled(ReportedActual a, List<? extends ReportedActual> all, Iterable<Figure> existing) {
        if (!a.restatement()) {
            return null;
        }
        LocalDate best = null;
        for (ReportedActual o : all) {
            if (o != a && o.metric().equals(a.metric()) && o.period().equals(a.period()) && o.announced().isBefore(a.announced())
                    && (best == null || o.announced().isAfter(best))) {
                best = o.announced();
            }
        }
        if (best == null) {
            for (Figure f : existing) {
                if (f.metric().equals(a.metric()) && f.period().equals(a.period()) && f.announced().isBefore(a.announced())
                        && (best == null || f.announced().isAfter(best))) {
                    best = f.announced();
                }
            }
        }
        return best;
    }

    private static boolean isQuarter(Period p) {
        return p instanceof Period.FiscalQuarter || p instanceof Period.CalendarQuarter;
    }

    private static String idFor(ReportedCompany rc, Map<Long, String> tickers) {
        String t = rc.ticker();
        if (t == null || t.isBlank()) {
            t = tickers.get(rc.cik());
        }
        return t == null || t.isBlank() ? "CIK" + rc.cik() : t.strip().toUpperCase(Locale.ROOT);
    }

    /** Figures in a currency the dataset has no FX rate for would make it invalid: one problem per currency instead. */
    private static void checkCurrencies(DatasetEditor editor, Dataset d, List<? extends ReportedCompany> imported)
            throws InvalidDatasetException {
        Map<String, String> missing = new java.util.TreeMap<>();
        for (ReportedCompany rc : imported) {
            for (ReportedActual a : rc.actuals()) {
                if (!"USD".equals(a.currency()) && d.fxRate(a.currency()).isEmpty()) {
                    missing.putIfAbsent(a.currency(), rc.entityName() == null ? "CIK " + rc.cik() : rc.entityName());
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        missing.forEach((currency, who) -> problems.add(Problem.error(editor.name(), 0, "currency", who + " reports in "
                + currency + ", which has no FX rate here; " + (editor.format() == DatasetEditor.Format.YAML
                ? "add " + currency + " to the fx table (usd_per_unit and as_of) and import again"
                : "a CSV dataset has no fx table: import into a YAML dataset with an fx rate for " + currency
                        + ", or leave that company out"))));
        throw new InvalidDatasetException(problems);
    }
}
