package dev.capexbrief.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects parsed figures and every problem, then checks what no single row can show on its own
 * (duplicates, FX rates, an empty file) and builds the {@link Dataset} or throws with all problems.
 */
final class DatasetAssembler {
    private record Key(String company, String metric, Kind kind, Period period, java.time.LocalDate announced) {
    }

    private final String file;
    private final CompanyRegistry companies = new CompanyRegistry();
    private final List<Figure> figures = new ArrayList<>();
    private final List<FxRate> fx = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    DatasetAssembler(String file) {
        this.file = file;
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
                g = new Figure(f.line(), c, f.metric(), f.kind(), f.period(), f.amount(), f.currency(), f.unit(),
                        f.announced() == null ? FilingDeadline.publicBy(f.period(), c.fiscalYearEnd()) : f.announced(),
                        f.announcedStated(), f.source(), f.note());
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
        }
        for (Figure g : resolved) {
            if (g.unit().isMoney() && !g.currency().equals("USD")
                    && fx.stream().noneMatch(r -> r.currency().equals(g.currency()))) {
                problems.add(Problem.error(file, g.line(), "currency", "no FX rate for " + g.currency()
                        + "; add it to the fx table (usd_per_unit and as_of)"));
            }
        }
        if (resolved.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(file, 0, "", "has no figures; see the dataset format in README.md"));
        }
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidDatasetException(problems.stream()
                    .sorted((a, b) -> Long.compare(a.line(), b.line())).toList());
        }
        return new Dataset(name, finalCompanies, resolved, fx, problems);
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
