package dev.capexbrief.dataset;

import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The companies met while reading, checking that every row agrees on a company's fiscal year end.
 * Companies declared up front (the YAML {@code companies:} list) win over defaults.
 */
final class CompanyRegistry {
    private record Entry(Company company, long line, boolean fyeStated) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    void declare(Company company, long line) {
        byId.put(company.id(), new Entry(company, line, true));
    }

    boolean isDeclared(String id) {
        return byId.containsKey(id);
    }

    Company resolve(String id, String name, Month fye, long line, List<Problem> problems, String file) {
        Entry known = byId.get(id);
        if (known == null) {
            Company c = new Company(id, name, fye == null ? Month.DECEMBER : fye);
            byId.put(id, new Entry(c, line, fye != null));
            return c;
        }
        if (fye != null && fye != known.company().fiscalYearEnd()) {
            if (known.fyeStated()) {
                problems.add(Problem.error(file, line, "fiscal_year_end", "conflicting fiscal_year_end for " + id + ": "
                        + fye.getValue() + " here, " + known.company().fiscalYearEnd().getValue()
                        + " on line " + known.line()));
                return known.company();
            }
            Company c = new Company(id, known.company().name(), fye);
            byId.put(id, new Entry(c, line, true));
            return c;
        }
        if (!name.isEmpty() && known.company().name().equals(id) && !name.equals(id)) {
            Company c = new Company(id, name, known.company().fiscalYearEnd());
            byId.put(id, new Entry(c, known.line(), known.fyeStated()));
            return c;
        }
        return known.company();
    }

    Map<String, Company> companies() {
        Map<String, Company> out = new LinkedHashMap<>();
        byId.forEach((k, v) -> out.put(k, v.company()));
        return out;
    }
}
