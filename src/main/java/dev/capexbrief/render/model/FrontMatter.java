package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GroupTotals;
import dev.capexbrief.analysis.Growths;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.render.text.Labels;
import dev.capexbrief.render.text.TopCompanies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of the edition (as of, cut-off, coverage, bases) and the headline figures: the group
 * plan, its growth, the largest spender and the biggest revision, each linked to the table cell it
 * comes from.
 */
final class FrontMatter {
    /** Companies named on page one when there are too many to list. */
    private static final int LARGEST_NAMED = 3;

    private final Fill f;

    FrontMatter(Fill fill) {
        this.f = fill;
    }

    List<Fact> facts() {
        Briefing b = f.briefing();
        int top = f.top().limit();
        return List.of(new Fact("AS OF", b.asOf() + "\nweek " + b.isoWeek(), true),
                new Fact("DATA CUT-OFF", b.dataCutoff() == null ? "no figures" : b.dataCutoff().toString()),
                new Fact("COMPANIES COVERED", covered(b, top)),
                new Fact("CAPEX BASIS IN FORCE", b.companies().size() <= top ? basis(b.companies())
                        : basisCounts(b.companies())));
    }

    /** Every company by name, or when there are more than the tables show, how many and the largest plans. */
    private static String covered(Briefing b, int top) {
        if (b.companies().size() <= top) {
            return String.join(", ", b.companies().stream().map(CompanyProfile::name).toList());
        }
        List<String> largest = b.leaders(LARGEST_NAMED).stream().map(g -> g.company().name()).toList();
        return TopCompanies.count(b.companies().size()) + " companies"
                + (largest.isEmpty() ? "" : "; largest FY" + b.focusYear() + " plans: " + String.join(", ", largest));
    }

    /** "1,400 companies: capex incl. finance leases; 600 companies: capex". */
    private static String basisCounts(List<CompanyProfile> companies) {
        Map<String, Integer> byBasis = new LinkedHashMap<>();
        companies.stream().filter(p -> !p.basisLabel().isEmpty()).forEach(p -> byBasis.merge(p.basisLabel(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        byBasis.forEach((basis, n) -> parts.add(TopCompanies.count(n) + (n == 1 ? " company: " : " companies: ") + basis));
        return String.join("; ", parts);
    }

    /** "Microsoft, Meta: capex incl. finance leases; …" — each basis with the companies on it. */
    private static String basis(List<CompanyProfile> companies) {
        Map<String, List<String>> byBasis = new LinkedHashMap<>();
        companies.stream().filter(p -> !p.basisLabel().isEmpty())
                .forEach(p -> byBasis.computeIfAbsent(p.basisLabel(), k -> new ArrayList<>()).add(p.name()));
        List<String> parts = new ArrayList<>();
        byBasis.forEach((basis, names) -> parts.add(String.join(", ", names) + ": " + basis));
        return String.join("; ", parts);
    }

    List<Kpi> kpis() {
        Briefing b = f.briefing();
        GroupTotal total = b.total();
        GroupTotal.Headline h = total.headline();
        String row = GuidanceTables.headlineRowKey(total);
        List<Kpi> out = new ArrayList<>();
        int n = h.companies().size();
        // one company's plan is no sum: say whose it is
        String members = n == 0 ? "no company has guided " + f.focus() + " yet"
                : GroupTotals.isBigFour(b, h.companies()) ? "Amazon, Alphabet, Meta, Microsoft"
                : n == 1 ? b.companies().stream().filter(p -> p.id().equals(h.companies().get(0)))
                        .map(p -> p.name() + " only").findFirst().orElse("1 company")
                : TopCompanies.count(n) + " companies, sum of plans";
        Set<Mark> planMarks = GuidanceTables.sumMarks(h.includesFloors(), h.confidence());
        out.add(new Kpi("plan", h.period() + " group plan", h.companies().isEmpty() ? new Cell.Blank("none")
                : new Cell.Money(h.total(), h.label(), planMarks, "", link(row, "plan"), h.decimals()), members));
        // a bound as the table's cell says it, "at most +138.1%"; between two floors no rate at all
        out.add(new Kpi("growth", "Growth on " + h.priorPeriod(), h.growth() == null ? new Cell.Blank("n/a")
                : new Cell.Percent(h.growth(), Growths.main(h.growthLabel()), true, "", link(row, "growth"),
                Mark.of(h.growthConfidence()), h.growthBound().words()), growthSub(h)));
        out.add(largest(b));
        Optional<Revision> rev = b.biggestRevision();
        out.add(new Kpi("revision", "Biggest revision", rev.<Cell>map(r -> new Cell.Money(r.change(),
                        r.company().name() + " " + r.changeLabel(f.currency()),
                        Mark.of(r.changeConfidence()), "",
                        new Derivation.Link(CellRef.in(ChangeTables.REVISIONS_ID, revisionKey(r), "change")),
                        r.changeDecimals()))
                .orElse(new Cell.Blank("none")),
                rev.map(r -> r.period().label() + " " + ChangeTables.fromTo(r).text() + ", " + r.toDate())
                        .orElse("no plan revised as of " + b.asOf()),
                rev.map(r -> ChangeTables.fromTo(r).marks()).orElse(Set.of())));
        return out;
    }

    /** The largest spender, its plan and share under it, each marked as its grade calls for. */
    private static Kpi largest(Briefing b) {
        Optional<GuidanceLine> largest = b.largestSpender();
        if (largest.isEmpty()) {
            return new Kpi("largest", "Largest spender", new Cell.Blank("none"), "no plans yet");
        }
        GuidanceLine g = largest.get();
        // the one plan in the table is no "largest", and its 100% share says nothing
        boolean alone = b.guidance().size() == 1;
        Set<Mark> plan = Mark.of(g.confidence());
        Set<Mark> share = g.share() == null || alone ? Set.of() : Mark.of(g.shareConfidence());
        String sub = g.label() + Mark.symbols(plan)
                + (g.share() == null || alone ? "" : ", " + Labels.share(g.share()) + Mark.symbols(share) + " of total");
        Set<Mark> printed = java.util.EnumSet.noneOf(Mark.class);
        printed.addAll(plan);
        printed.addAll(share);
        return new Kpi("largest", alone ? "Only plan" : "Largest spender",
                new Cell.Company(g.company().id(), g.company().name(), ""), sub, printed);
    }

    static String revisionKey(Revision r) {
        return r.company().id() + "|" + r.period().label() + "|" + r.toDate();
    }

    private static Derivation link(String row, String column) {
        return new Derivation.Link(CellRef.in(GuidanceTables.ID, row, column));
    }

    /** "$410B → $732.5B, range +75.6% to +81.7%": the same companies' prior year and plans. */
    private String growthSub(GroupTotal.Headline h) {
        if (h.growthUnknown()) {
            return h.priorLabel(f.currency()) + " \u2192 " + h.label() + ": both minimums, so no growth rate is known";
        }
        if (h.growth() == null) {
            return "no prior-year actuals on the same basis";
        }
        String range = Growths.range(h.growthLabel());
        return h.priorLabel(f.currency()) + " \u2192 " + h.label()
                + (range.isEmpty() ? "" : ", range " + range);
    }
}
