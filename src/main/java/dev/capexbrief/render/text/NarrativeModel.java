package dev.capexbrief.render.text;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.analysis.WeekItem;
import dev.capexbrief.dataset.Kind;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data model every template receives: the briefing's numbers as labels (written by
 * {@link MoneyFormat}) and raw values, in plain maps and lists. The keys are documented in
 * {@code templates/README.txt}.
 */
public final class NarrativeModel {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private NarrativeModel() {
    }

    /** The model for one briefing; {@code firmName} comes from the theme. */
    public static Map<String, Object> of(Briefing b, String firmName) {
        ItemMaps items = new ItemMaps(b.currency());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firm", firmName);
        m.put("asOf", b.asOf().toString());
        m.put("asOfLong", LONG_DATE.format(b.asOf()));
        m.put("isoWeek", b.isoWeek());
        m.put("weekStart", b.weekStart().toString());
        m.put("dataCutoff", b.dataCutoff() == null ? "" : b.dataCutoff().toString());
        m.put("currency", b.currency());
        m.put("focusYear", b.focusYear());
        m.put("focus", "FY" + b.focusYear());
        m.put("priorFocus", "FY" + (b.focusYear() - 1));
        List<String> names = b.companies().stream().map(c -> c.name()).toList();
        m.put("companies", names);
        m.put("companiesText", joinNames(names));
        m.put("total", total(b.total(), b));
        List<Map<String, Object>> guidance = b.guidance().stream()
                .map(g -> items.guidance(g, quarters(b, g))).toList();
        m.put("guidance", guidance);
        if (!guidance.isEmpty()) {
            m.put("largest", guidance.get(0));
        }
        m.put("otherPlans", b.otherPlans().stream().map(g -> items.guidance(g, null)).toList());
        m.put("quarterly", b.quarterly().stream().filter(q -> q.latest() != null).map(items::quarter).toList());
        m.put("revisions", b.revisions().stream().map(items::revision).toList());
        m.put("revisionsThisWeek", b.revisionsThisWeek().stream().map(items::revision).toList());
        b.biggestRevision().ifPresent(r -> m.put("biggestRevision", items.revision(r)));
        m.put("week", week(b, items));
        m.put("reactions", b.reactions().stream().map(items::reaction).toList());
        m.put("sourceCount", b.sources().size());
        return m;
    }

    private static Map<String, Object> total(GroupTotal t, Briefing b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", "FY" + t.year());
        m.put("label", t.label());
        m.put("value", t.total());
        m.put("includesFloors", t.includesFloors());
        List<String> names = t.companies().stream().map(id -> name(b, id)).toList();
        m.put("companies", names);
        m.put("companiesText", joinNames(names));
        m.put("count", names.size());
        List<String> lfl = t.likeForLikeCompanies().stream().map(id -> name(b, id)).toList();
        m.put("likeForLike", lfl);
        m.put("likeForLikeText", joinNames(lfl));
        m.put("likeForLikeCount", lfl.size());
        m.put("allLikeForLike", lfl.size() == names.size());
        if (t.priorTotal() != null) {
            m.put("prior", MoneyFormat.billions(t.priorTotal(), b.currency()));
        }
        if (t.planForLikeForLike() != null) {
            m.put("planLikeForLike", MoneyFormat.billions(t.planForLikeForLike(), b.currency()));
        }
        if (t.growth() != null) {
            m.put("growth", MoneyFormat.percentChange(t.growth()));
            m.put("growthValue", t.growth());
        }
        m.put("basisNote", t.basisNote());
        return m;
    }

    private static Map<String, Object> week(Briefing b, ItemMaps items) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<WeekItem> all = b.thisWeek();
        m.put("items", all.stream().map(items::weekItem).toList());
        m.put("guidance", all.stream().filter(w -> w.kind() == Kind.GUIDANCE).map(items::weekItem).toList());
        m.put("actuals", all.stream().filter(w -> w.kind() == Kind.ACTUAL && w.metric().equals(w.company().basis()))
                .map(items::weekItem).toList());
        m.put("revisions", b.revisionsThisWeek().stream().map(items::revision).toList());
        m.put("start", b.weekStart().toString());
        m.put("end", b.asOf().toString());
        return m;
    }

    private static QuarterSeries quarters(Briefing b, GuidanceLine g) {
        return b.quarterly().stream().filter(q -> q.company().id().equals(g.company().id())).findFirst().orElse(null);
    }

    private static String name(Briefing b, String id) {
        return b.companies().stream().filter(c -> c.id().equals(id)).map(c -> c.name()).findFirst().orElse(id);
    }

    /** "Amazon", "Amazon and Meta", "Amazon, Alphabet and Meta". */
    static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
