package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The restatements stage: every reported actual (an amount) that a later announcement of the same
 * company, metric and period changed, as of the briefing's date, newest first. Repeats of the same
 * value (a filing's comparatives), or of the same value more precisely stated, are not restatements.
 */
final class Restatements {
    private Restatements() {
    }

    static List<Restatement> of(List<CompanyProfile> profiles, Map<String, List<Figure>> byCompany, Converter convert) {
        List<Restatement> out = new ArrayList<>();
        for (CompanyProfile p : profiles) {
            Map<String, List<Figure>> chains = new LinkedHashMap<>();
            for (Figure f : byCompany.getOrDefault(p.id(), List.of())) {
                if (f.kind() == Kind.ACTUAL && f.unit().isMoney() && !(f.period() instanceof Period.Span)) {
                    chains.computeIfAbsent(f.metric() + "|" + f.period().label(), k -> new ArrayList<>()).add(f);
                }
            }
            chains.values().forEach(chain -> changes(p, chain, convert, out));
        }
        out.sort(Comparator.comparing(Restatement::toDate).reversed().thenComparing(r -> r.company().id())
                .thenComparing(Restatement::metric).thenComparing(r -> r.period().label()));
        return out;
    }

    /**
     * True when the two state the same number at the coarser one's precision: $91.45B hand-entered
     * from a release and $91.446B from the filing are one figure, not a restatement.
     */
    static boolean sameAsStated(Figure a, Figure b) {
        if (!a.currency().equals(b.currency())) {
            return false;
        }
        BigDecimal x = a.amount().central().multiply(a.unit().toBillions()).stripTrailingZeros();
        BigDecimal y = b.amount().central().multiply(b.unit().toBillions()).stripTrailingZeros();
        int scale = Math.min(Math.max(x.scale(), 0), Math.max(y.scale(), 0));
        return x.setScale(scale, RoundingMode.HALF_UP).compareTo(y.setScale(scale, RoundingMode.HALF_UP)) == 0;
    }

    /** Each change of value along one chain of announcements, oldest first. */
    private static void changes(CompanyProfile p, List<Figure> chain, Converter convert, List<Restatement> out) {
        if (chain.size() < 2) {
            return;
        }
        chain.sort(Comparator.comparing(Figure::announced));
        Figure before = chain.get(0);
        for (Figure f : chain.subList(1, chain.size())) {
            BigDecimal from = convert.central(before);
            BigDecimal to = convert.central(f);
            if (!sameAsStated(before, f) && f.announced().isAfter(before.announced())) {
                out.add(new Restatement(p, f.metric(), CapexBasis.label(f.metric()), f.period(), from, to,
                        to.subtract(from), before.announced(), f.announced(), f.source(), before.confidence(),
                        f.confidence()));
            }
            before = f;
        }
    }
}
