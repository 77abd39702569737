package dev.capexbrief.dataset;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects parsed figures and every problem, then checks what no single row can show on its own
 * (duplicates, FX rates, an empty file) and builds the {@link Dataset} or throws with all problems.
 * Problems are capped ({@link ReadLimits#maxProblems()}): readers ask {@link #full()} and stop, so a
 * file of garbage gives the first thousand messages quickly rather than a million slowly.
 */
final class DatasetAssembler {
    private record Key(String company, String metric, Kind kind, Period period, java.time.LocalDate announced) {
    }

    /** Keeps the first errors and the first warnings up to the cap each, and counts the ones after it. */
    private static final class CappedProblems extends AbstractList<Problem> {
        private final List<Problem> kept = new ArrayList<>();
        private final int cap;
        private int errors;
        private int warnings;
        private long droppedErrors;
        private long droppedWarnings;

        CappedProblems(int cap) {
            this.cap = cap;
        }

        @Override
        public boolean add(Problem p) {
            if (p.isError()) {
                if (errors < cap) {
                    errors++;
                    kept.add(p);
                } else {
                    droppedErrors++;
                }
            } else if (warnings < cap) {
                warnings++;
                kept.add(p);
            } else {
                droppedWarnings++;
            }
            return true;
        }

        @Override
        public Problem get(int index) {
            return kept.get(index);
        }

        @Override
        public int size() {
            return kept.size();
        }
    }

    private final String file;
    private final ReadLimits limits;
    private final CompanyRegistry companies = new CompanyRegistry();
    private final List<Figure> figures = new ArrayList<>();
    private final List<FxRate> fx = new ArrayList<>();
    private final CappedProblems problems;
    private Problem stopped;

    DatasetAssembler(String file) {
        this(file, ReadLimits.DEFAULT);
    }

    DatasetAssembler(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
        this.problems = new CappedProblems(limits.maxProblems());
    }

    ReadLimits limits() {
        return limits;
    }

    /** True once the error cap is reached: the reader should {@link #stopForProblems} and report. */
    boolean full() {
        return problems.errors >= limits.maxProblems();
    }

    /** Records that reading ended early at {@code line}, and why; the run fails with what was found so far. */
    void stop(long line, String why) {
        if (stopped == null) {
            stopped = Problem.error(file, line, "", why);
        }
    }

    /** Stops at {@code line} because of the problem cap. */
    void stopForProblems(long line) {
        stop(line, "stopped reading after " + limits.maxProblems() + " errors; fix these and run again");
    }

    CompanyRegistry companies() {
        return companies;
    }

    List<Problem> problems() {
        return problems;
    }

    void add(Figure figure) {
        if (figure != null) {
            figures.add(figure);
        }
    }

    void addFx(FxRate rate) {
        fx.add(rate);
    }

    void problem(Problem p) {
        problems.add(p);
    }

    Dataset build(String name) throws InvalidDatasetException {
        Map<String, Company> finalCompanies = companies.companies();
        List<Figure> resolved = new ArrayList<>(figures.size());
        Map<Key, Figure> seen = new HashMap<>();
        for (Figure f : figures) {
            Company c = finalCompanies.get(f.company().id());
            Figure g = f;
            if (c != f.company() || f.announced() == null) {
                g = f.with(c, f.announced() == null ? FilingDeadline.publicBy(f.period(), c.fiscalYearEnd()) : f.announced());
            }
            Key key = new Key(c.id(), g.metric(), g.kind(), g.period(), g.announced());
            Figure twin = seen.putIfAbsent(key, g);
            if (twin != null) {
                if (sameValue(twin, g)) {
                    problems.add(Problem.warning(file, g.line(), "", "repeats line " + twin.line() + " (same figure); ignored"));
                    continue;
                }
                problems.add(Problem.error(file, g.line(), "value", "conflicts with line " + twin.line() + ": "
                        + c.id() + " " + g.metric() + " " + g.kind().code() + " " + g.period().label()
                        + " announced " + g.announced() + " has two different values; keep one"));
                continue;
            }
            resolved.add(g);
            reportedTooEarly(g, c);
        }
        for (Figure g : resolved) {
            if (g.unit().isMoney() && !g.currency().equals("USD")
                    && fx.stream().noneMatch(r -> r.currency().equals(g.currency()))) {
                problems.add(Problem.error(file, g.line(), "currency", "no FX rate for " + g.currency()
                        + "; add it to the fx table (usd_per_unit and as_of)"));
            }
        }
        companies.checkIdentities(file, problems);
        companies.checkCiks(file, problems);
        if (resolved.isEmpty() && stopped == null && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(file, 0, "", "has no figures; see the dataset format in README.md"));
        }
        List<Problem> all = new ArrayList<>(problems);
        if (stopped == null && problems.droppedErrors > 0) {
            stopForProblems(all.isEmpty() ? 0 : all.get(all.size() - 1).line());
        }
        if (stopped != null) {
            all.add(stopped);
        }
        if (problems.droppedWarnings > 0) {
            all.add(Problem.warning(file, 0, "", problems.droppedWarnings + " more warning(s) not shown"));
        }
        if (all.stream().anyMatch(Problem::isError)) {
            throw new InvalidDatasetException(all.stream()
                    .sorted((a, b) -> Long.compare(a.line(), b.line())).toList());
        }
        return new Dataset(name, finalCompanies, resolved, fx, all);
    }

    /**
     * An actual amount is reported once its period is over: one announced on or before the period's last
     * day (in the company's fiscal calendar) has a wrong period or a wrong date. A percentage such as a
     * share-price move is left alone: its period is the one it reacts to, which a plan can be about. A date
     * the data does not state is a filing deadline after the period, so it is never early.
     */
    private void reportedTooEarly(Figure g, Company c) {
        if (g.kind() != Kind.ACTUAL || !g.announcedStated() || !g.unit().isMoney()) {
            return;
        }
        java.time.LocalDate end = g.period().end(c.fiscalYearEnd());
        if (!g.announced().isAfter(end)) {
            String period = g.period().label();
            problems.add(Problem.error(file, g.line(), "announced", period + " actual announced " + g.announced()
                    + " but " + period + " ends " + end + "; an actual is reported after its period ends: check the"
                    + " period and the date (a plan is kind guidance)"));
        }
    }

    private static boolean sameValue(Figure a, Figure b) {
        return a.amount().getClass() == b.amount().getClass() && a.amount().qualifier() == b.amount().qualifier()
                && Objects.compare(a.amount().low(), b.amount().low(), DatasetAssembler::compareNullable) == 0
                && Objects.compare(a.amount().high(), b.amount().high(), DatasetAssembler::compareNullable) == 0
                && Objects.equals(a.currency(), b.currency()) && a.unit() == b.unit();
    }

    private static int compareNullable(java.math.BigDecimal x, java.math.BigDecimal y) {
        return x == null || y == null ? (x == y ? 0 : 1) : x.compareTo(y);
    }
}
