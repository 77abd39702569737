package dev.capexbrief.dataset;

import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The companies met while reading, checking that every row agrees on a company's fiscal year end
 * and CIK, that no two companies share a CIK, and that no company is another written two ways
 * ({@link IdentityCheck}). Companies declared up front (the YAML {@code companies:} list) win over defaults.
 */
final class CompanyRegistry {
    /** The fields a company's id and name are read from: on figure rows, and under a YAML file's companies:. */
    private record Fields(String id, String name) {
    }

    private static final Fields ON_ROWS = new Fields("company", "company_name");
    private static final Fields DECLARED = new Fields("id", "name");

    /**
     * @param line     where the company was first met (or declared)
     * @param cikLine  where its CIK was given, 0 when it was not
     * @param nameLine where its name was given, 0 when it was not (the name is then its id)
     */
    private record Entry(Company company, long line, boolean fyeStated, long cikLine, long nameLine, Fields fields,
                         boolean declared) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    /** Declares a company listed under companies:; {@code nameGiven} says whether its entry gave a name. */
    void declare(Company company, long line, boolean nameGiven) {
        byId.put(company.id(), new Entry(company, line, true, company.hasCik() ? line : 0, nameGiven ? line : 0,
                DECLARED, true));
    }

    boolean isDeclared(String id) {
        Entry e = byId.get(id);
        return e != null && e.declared();
    }

    Company resolve(String id, String name, Month fye, long cik, long line, List<Problem> problems, String file) {
        Entry known = byId.get(id);
        if (known == null) {
            Company c = new Company(id, name, fye == null ? Month.DECEMBER : fye, cik);
            byId.put(id, new Entry(c, line, fye != null, cik > 0 ? line : 0, name.isEmpty() ? 0 : line, ON_ROWS, false));
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
            updated = new Entry(c, updated.line(), updated.fyeStated(), line, updated.nameLine(), updated.fields(),
                    updated.declared());
        }
        if (fye != null && fye != c.fiscalYearEnd()) {
            if (updated.fyeStated()) {
                problems.add(Problem.error(file, line, "fiscal_year_end", "conflicting fiscal_year_end for " + id + ": "
                        + fye.getValue() + " here, " + c.fiscalYearEnd().getValue() + " on line " + updated.line()));
                return known.company();
            }
            c = new Company(id, c.name(), fye, c.cik());
            updated = new Entry(c, line, true, updated.cikLine(), updated.nameLine(), updated.fields(), updated.declared());
        } else if (!name.isEmpty() && c.name().equals(id) && !name.equals(id)) {
            c = new Company(id, name, c.fiscalYearEnd(), c.cik());
            updated = new Entry(c, updated.line(), updated.fyeStated(), updated.cikLine(), line, updated.fields(),
                    updated.declared());
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

    /** One problem for each company that looks like another written two ways, or (YAML) is not in companies:. */
    void checkIdentities(String file, List<Problem> problems) {
        List<IdentityCheck.Met> met = new ArrayList<>(byId.size());
        for (Entry e : byId.values()) {
            Company c = e.company();
            boolean named = e.nameLine() > 0;
            met.add(new IdentityCheck.Met(c.id(), e.line(), e.fields().id(), named ? CompanyIds.nameWords(c.name()) : null,
                    c.name(), e.nameLine(), e.fields().name(), c.hasCik(), e.declared()));
        }
        new IdentityCheck(file, problems).check(met);
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
