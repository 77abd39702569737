package dev.capexbrief.dataset;

import java.time.Month;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The companies met while reading, checking that every row agrees on a company's fiscal year end
 * and CIK, and that no two companies share a CIK. Companies declared up front (the YAML
 * {@code companies:} list) win over defaults.
 */
final class CompanyRegistry {
    /**
     * @param line     where the company was first met (or declared)
     * @param cikLine  where its CIK was given, 0 when it was not
     */
    private record Entry(Company company, long line, boolean fyeStated, long cikLine) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    void declare(Company company, long line) {
        byId.put(company.id(), new Entry(company, line, true, company.hasCik() ? line : 0));
    }

    boolean isDeclared(String id) {
        return byId.containsKey(id);
    }

    Company resolve(String id, String name, Month fye, long cik, long line, List<Problem> problems, String file) {
        Entry known = byId.get(id);
        if (known == null) {
            Company c = new Company(id, name, fye == null ? Month.DECEMBER : fye, cik);
            byId.put(id, new Entry(c, line, fye != null, cik > 0 ? line : 0));
            return c;
        }
        Company c = known.company();
        Entry updated = known;
        if (cik > 0 && cik != c.cik()) {
            if (c.hasCik()) {
                problems.add(Problem.error(file, line, "cik", "conflicting cik for " + id + ": " + cik + " here, "
                        + c.cik() + " on line " + known.cikLine()));
                return c;
            }
            c = new Company(id, c.name(), c.fiscalYearEnd(), cik);
            updated = new Entry(c, updated.line(), updated.fyeStated(), line);
        }
        if (fye != null && fye != c.fiscalYearEnd()) {
            if (updated.fyeStated()) {
                problems.add(Problem.error(file, line, "fiscal_year_end", "conflicting fiscal_year_end for " + id + ": "
                        + fye.getValue() + " here, " + c.fiscalYearEnd().getValue() + " on line " + updated.line()));
                return known.company();
            }
            c = new Company(id, c.name(), fye, c.cik());
            updated = new Entry(c, line, true, updated.cikLine());
        } else if (!name.isEmpty() && c.name().equals(id) && !name.equals(id)) {
            c = new Company(id, name, c.fiscalYearEnd(), c.cik());
            updated = new Entry(c, updated.line(), updated.fyeStated(), updated.cikLine());
        }
        if (updated != known) {
            byId.put(id, updated);
        }
        return c;
    }

    Map<String, Company> companies() {
        Map<String, Company> out = new LinkedHashMap<>();
        byId.forEach((k, v) -> out.put(k, v.company()));
        return out;
    }

    /** One problem for each company whose CIK an earlier company already has: a CIK names one filer. */
    void checkCiks(String file, List<Problem> problems) {
        Map<Long, Entry> owners = new HashMap<>();
        for (Entry e : byId.values()) {
            if (!e.company().hasCik()) {
                continue;
            }
            Entry first = owners.putIfAbsent(e.company().cik(), e);
            if (first != null) {
                problems.add(Problem.error(file, e.cikLine(), "cik", "cik " + e.company().cik() + " is "
                        + first.company().id() + "'s too (line " + first.cikLine() + "); a CIK belongs to one company"));
            }
        }
    }
}
