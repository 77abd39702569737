package dev.capexbrief.delivery.mail;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.text.TemplateSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the email templates see, taken when the briefing is rendered and kept in its
 * manifest, so that an email written later says exactly what its PDF says: the edition's values
 * (firm, dates, currency, focus year), the headline {@code total}, the week's first and last day,
 * and the briefing model's title, standfirst, notices, takeaways, headline figures, exhibit titles
 * and this week's rows ({@link ModelValues}). Plain strings, numbers, booleans, lists and maps.
 */
public final class EmailValues {
    /** The values of every template that the email may quote (see templates/README.txt). */
    private static final List<String> EDITION = List.of("firm", "asOf", "asOfLong", "isoWeek", "weekStart",
            "dataCutoff", "dataAgeDays", "dataStale", "staleDataDays", "currency", "focusYear", "focus", "priorFocus",
            "top", "companyCount", "companiesText", "sourceCount", "total");

    private EmailValues() {
    }

    public static Map<String, Object> of(Briefing briefing, BriefingModel model, TemplateSet templates) {
        Map<String, Object> all = templates.model(briefing);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : EDITION) {
            if (all.containsKey(key)) {
                out.put(key, all.get(key));
            }
        }
        out.put("week", ModelValues.ordered("start", briefing.weekStart().toString(), "end", briefing.asOf().toString()));
        out.putAll(ModelValues.of(model));
        return out;
    }

    /** Page one's headline as the manifest records it: title, the headline total and growth, and the figures. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> headline(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", values.get("title"));
        if (values.get("total") instanceof Map<?, ?> t) {
            Map<String, Object> total = (Map<String, Object>) t;
            out.put("period", total.get("period"));
            out.put("total", total.get("label"));
            if (total.containsKey("growth")) {
                out.put("growth", total.get("growth"));
                out.put("on", total.get("priorPeriod"));
            }
            out.put("companies", total.get("companies"));
        }
        if (values.get("kpis") instanceof List<?> kpis) {
            out.put("figures", kpis.stream().map(k -> {
                Map<String, Object> kpi = (Map<String, Object>) k;
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("label", kpi.get("label"));
                f.put("value", kpi.get("value"));
                f.put("sub", kpi.get("sub"));
                return f;
            }).toList());
        }
        return out;
    }
}
