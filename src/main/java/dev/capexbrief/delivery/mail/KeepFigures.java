package dev.capexbrief.delivery.mail;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateScalarModel;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code keepFigures(text)} in {@code email/body.html.ftl}: the text HTML-escaped, with each figure a
 * browser could break ("$130–145B" after its dash, "RMB 1,577B" and "over $100B" at their space,
 * "Apr–Jun 2026", "capex ÷ OCF") in
 * a no-wrap span, so a phone never sets half a figure on one line and the rest on the next. The text
 * a reader copies is unchanged.
 */
final class KeepFigures implements TemplateMethodModelEx {
    static final KeepFigures INSTANCE = new KeepFigures();

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

    /**
     * A period of months with its years ("Apr–Jun 2026", "Jul 2025–Jun 2026"), a ratio's name
     * ("capex ÷ OCF"), a date, or an amount
     * or a percentage with what belongs to it: sign, "~", "over ", "up to ", currency, range.
     */
    private static final Pattern FIGURE = Pattern.compile("\\b" + MONTH + "(?: \\d{4})?(?:\u2013" + MONTH
            + "(?: \\d{4})?)?\\b|\\p{L}+ \u00f7 \\p{L}+|\\d{4}-\\d{2}-\\d{2}|"
            + "(?:[~+\\-\u2212]|over |up to )?(?:[$\u20ac\u00a3\u00a5]|(?<![\\p{L}\\p{N}])[A-Z]{3} )?\\d[\\d,.]*"
                    + "(?:\u2013[$\u20ac\u00a3\u00a5]?\\d[\\d,.]*)?[BM%]?");

    private KeepFigures() {
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel s)) {
            throw new TemplateModelException("keepFigures takes one text");
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(markup(s.getAsString()));
    }

    static String markup(String text) throws TemplateModelException {
        StringBuilder out = new StringBuilder();
        Matcher m = FIGURE.matcher(text);
        int at = 0;
        while (m.find()) {
            String figure = m.group();
            boolean breakable = figure.indexOf(' ') >= 0 || figure.indexOf('\u2013') >= 0 || figure.indexOf('-') > 0;
            if (!breakable) {
                continue;
            }
            out.append(HTMLOutputFormat.INSTANCE.escapePlainText(text.substring(at, m.start())))
                    .append("<span style=\"white-space:nowrap;\">")
                    .append(HTMLOutputFormat.INSTANCE.escapePlainText(figure)).append("</span>");
            at = m.end();
        }
        return out.append(HTMLOutputFormat.INSTANCE.escapePlainText(text.substring(at))).toString();
    }
}
