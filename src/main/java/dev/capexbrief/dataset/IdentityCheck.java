package dev.capexbrief.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds companies that are one company written two ways, after every row is read (a later row may
 * still give a company its name or CIK): a figure of a YAML file under a company its
 * {@code companies:} list does not have, two ids that differ only in case or (both of four
 * characters or more) by one edit touching a letter, and two ids under the same company name. Each is an error on the
 * later company's first line, with a "did you mean" naming the earlier one and its line.
 *
 * <p>Two companies with a CIK each are distinct filers (a shared CIK is the registry's own error);
 * two whose names differ, neither beginning the other, are distinct whatever their ids look like
 * (CRWV CoreWeave and CRWD CrowdStrike). Lookups go through indexes, so a file of many companies is
 * checked in about linear time.
 */
final class IdentityCheck {
    /**
     * A company as first met.
     *
     * @param field     the field its id was read from (company, or id under companies:)
     * @param name      its name's words ({@link CompanyIds#nameWords}), null when no name was given
     * @param nameLine  where the name was given
     * @param nameField the field it was given in (company_name, or name under companies:)
     */
    record Met(String id, long line, String field, List<String> name, String nameText, long nameLine, String nameField,
               boolean hasCik, boolean declared) {
    }

    /** Ids longer than this are not indexed for one-edit look-ups (each costs one key per character). */
    private static final int MAX_EDIT_ID = 40;
    /** At most this many companies are indexed for one-edit look-ups: more is an import of whole registries. */
    private static final int MAX_EDIT_ENTRIES = 100_000;
    /** Candidates compared per look-up, so ids sharing many one-deletion keys cannot make it quadratic. */
    private static final int MAX_CANDIDATES = 200;

    /** Companies met so far, by case key, by one-deletion keys and by name. */
    private static final class Index {
        private final Map<String, Met> byCase = new HashMap<>();
        private final Map<String, List<Met>> byDeletion = new HashMap<>();
        private final Map<List<String>, Met> byName = new HashMap<>();
        private int edited;

        void add(Met m) {
            byCase.putIfAbsent(CompanyIds.caseKey(m.id()), m);
            if (m.name() != null && !m.name().isEmpty()) {
                byName.putIfAbsent(m.name(), m);
            }
            if (m.id().length() <= MAX_EDIT_ID && edited++ < MAX_EDIT_ENTRIES) {
                for (String k : deletionKeys(m.id())) {
                    byDeletion.computeIfAbsent(k, x -> new ArrayList<>(1)).add(m);
                }
            }
        }

        Met sameButCase(String id) {
            Met m = byCase.get(CompanyIds.caseKey(id));
            return m != null && !m.id().equals(id) ? m : null;
        }

        /** The first company met one edit away from {@code id} that {@code accept} takes. */
        Met oneEdit(String id, Predicate<Met> accept) {
            if (id.length() > MAX_EDIT_ID) {
                return null;
            }
            Met best = null;
            int compared = 0;
            for (String k : deletionKeys(id)) {
                for (Met m : byDeletion.getOrDefault(k, List.of())) {
                    if (++compared > MAX_CANDIDATES) {
                        return best;
                    }
                    if ((best == null || m.line() < best.line()) && CompanyIds.oneEdit(m.id(), id) && accept.test(m)) {
                        best = m;
                    }
                }
            }
            return best;
        }

        Met sameName(List<String> name) {
            return name == null || name.isEmpty() ? null : byName.get(name);
        }

        /** The id (case set aside) and each string it gives with one character deleted: ids one edit apart share one. */
        private static List<String> deletionKeys(String id) {
            String k = CompanyIds.caseKey(id);
            List<String> keys = new ArrayList<>(k.length() + 1);
            keys.add(k);
            for (int i = 0; i < k.length(); i++) {
                keys.add(k.substring(0, i) + k.substring(i + 1));
            }
            return keys;
        }
    }

    private final String file;
    private final List<Problem> problems;

    IdentityCheck(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reports every company, in the order met, that looks like an earlier one (or is not in the declared list). */
    void check(List<Met> companies) {
        boolean hasDeclared = companies.stream().anyMatch(Met::declared);
        Index declared = new Index();
        if (hasDeclared) {
            companies.stream().filter(Met::declared).forEach(declared::add);
        }
        Index earlier = new Index();
        for (Met m : companies) {
            if (hasDeclared && !m.declared()) {
                undeclared(m, declared);
                continue;
            }
            Problem p = lookalike(m, earlier);
            if (p != null) {
                problems.add(p);
            }
            earlier.add(m);
        }
    }

    private void undeclared(Met m, Index declared) {
        Met meant = declared.sameButCase(m.id());
        if (meant == null) {
            meant = declared.oneEdit(m.id(), x -> true);
        }
        problems.add(Problem.error(file, m.line(), m.field(), m.id() + " is not listed under companies:; "
                + (meant != null ? "did you mean " + meant.id() + "? (listed on line " + meant.line() + ")"
                : "add it there with its name and fiscal_year_end (or correct the id)")));
    }

    private Problem lookalike(Met m, Index earlier) {
        Met other = earlier.sameButCase(m.id());
        if (other != null) {
            return Problem.error(file, m.line(), m.field(), m.id() + " and " + other.id() + " (line " + other.line()
                    + ") differ only in case; did you mean " + other.id() + "? A company has one id");
        }
        if (CompanyIds.longEnoughForEdits(m.id())) {
            other = earlier.oneEdit(m.id(), o -> CompanyIds.longEnoughForEdits(o.id()) && CompanyIds.oneLetterOff(o.id(), m.id())
                    && !toldApart(o, m));
            if (other != null) {
                return Problem.error(file, m.line(), m.field(), m.id() + " is one typo away from " + other.id() + " (line "
                        + other.line() + "); did you mean " + other.id() + "? If " + m.id()
                        + " is another company, give both their company names (or CIKs)");
            }
        }
        other = earlier.sameName(m.name());
        if (other != null && !(other.hasCik() && m.hasCik())) {
            return Problem.error(file, m.nameLine(), m.nameField(), m.id() + "'s name " + Texts.quote(m.nameText())
                    + " is " + other.id() + "'s (line " + other.nameLine() + ": " + Texts.quote(other.nameText())
                    + "); did you mean " + other.id() + "? A company has one id");
        }
        return null;
    }

    /** True when the data itself says two companies are two: a CIK each, or names that differ, neither beginning the other. */
    private static boolean toldApart(Met a, Met b) {
        if (a.hasCik() && b.hasCik()) {
            return true;
        }
        return a.name() != null && b.name() != null && !CompanyIds.namesOverlap(a.name(), b.name());
    }
}
