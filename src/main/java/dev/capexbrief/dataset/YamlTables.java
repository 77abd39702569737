package dev.capexbrief.dataset;

import java.time.Month;
import java.util.List;
import java.util.Map;

/**
 * The entries of a YAML dataset's {@code companies:} list (declared once, with the fiscal year end and
 * optionally the SEC CIK) and {@code fx:} table (US dollars per unit, as of a date), checked as strictly
 * as figures.
 */
final class YamlTables {

    private YamlTables() {
    }

    /** Declares the company of one {@code companies:} entry, or reports why it cannot. */
    static void company(String file, long line, Map<String, String> row, DatasetAssembler assembler) {
        String idField = FigureRowParser.text(row, "id").isEmpty() ? "company" : "id";
        String id = FigureRowParser.text(row, idField);
        if (id.isEmpty()) {
            assembler.problem(Problem.error(file, line, "id", "is empty; each company needs an id such as MSFT"));
            return;
        }
        for (String field : List.of("id", "company", "name", "fiscal_year_end", "cik")) {
            String v = FigureRowParser.text(row, field);
            if (v.length() > FigureRowParser.MAX_TEXT) {
                assembler.problem(Problem.error(file, line, field, "is " + v.length()
                        + " characters long; the limit is " + FigureRowParser.MAX_TEXT));
                return;
            }
            int bad = Texts.badChar(v, false);
            if (bad >= 0) {
                assembler.problem(Problem.error(file, line, field, Texts.badCharMessage(bad)));
                return;
            }
        }
        String idProblem = CompanyIds.problem(id);
        if (idProblem != null) {
            assembler.problem(Problem.error(file, line, idField, idProblem));
            return;
        }
        id = CompanyIds.normalize(id);
        if (assembler.companies().isDeclared(id)) {
            assembler.problem(Problem.error(file, line, "id", id + " is listed twice under companies"));
            return;
        }
        String fyeText = FigureRowParser.text(row, "fiscal_year_end");
        Month fye = fyeText.isEmpty() ? Month.DECEMBER : FigureRowParser.month(fyeText);
        if (fye == null) {
            assembler.problem(Problem.error(file, line, "fiscal_year_end", Texts.quote(fyeText)
                    + " is not a month; use 1-12 or a month name"));
            return;
        }
        String cikText = FigureRowParser.text(row, "cik");
        long cik = cikText.isEmpty() ? 0 : FigureRowParser.parseCik(cikText);
        if (!cikText.isEmpty() && cik == 0) {
            assembler.problem(Problem.error(file, line, "cik", FigureRowParser.cikMessage(cikText)));
            return;
        }
        String name = FigureRowParser.text(row, "name");
        assembler.companies().declare(new Company(id, name, fye, cik), line, !name.isEmpty());
    }
}
