package dev.capexbrief.delivery.mail;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone the HTML email never sets half a figure on a line: every range ("$130–145B") and every
 * amount with a spaced currency code ("RMB 1,577B") and every date ("2026-07-29") sits in a no-wrap span, in the US-dollar and the
 * yuan briefing alike, and the text a reader sees is the plain body's, word for word.
 */
class EmailFiguresOnOneLineTest {
    /**
     * A place a browser may break inside a figure: after a range's dash, at a currency code's space, in
     * a date, inside a period of months ("Apr–Jun 2026", "Jul 2025–Jun 2026") or a label ("capex ÷ OCF").
     */
    private static final Pattern BREAKABLE = Pattern.compile("\\d\u2013[$]?\\d|(?<![\\p{L}\\p{N}])[A-Z]{3} \\d|\\d{4}-\\d{2}-\\d{2}"
            + "|\\b[A-Z][a-z]{2}\u2013[A-Z][a-z]{2}\\b|\\b[A-Z][a-z]{2} \\d{4}\\b|capex \u00f7 OCF");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"USD", "CNY"})
    void everyBreakableFigureIsInANoWrapSpan(String currency) {
        Briefing b = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.parse("2026-08-02"), currency, null));
        EmailText text = new EmailTemplates(MailFixtures.templates()).write(MailFixtures.values(b), List.of(), null);
        HtmlBody html = HtmlBody.parse(text.html());
        List<String> loose = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        collect(html.tags("body").get(0), false, loose, kept);
        assertThat(kept).as("figures kept whole").isNotEmpty();
        assertThat(loose).as("figures a phone could break").isEmpty();
        // the spans change nothing a reader reads: the takeaways say what the plain body says
        for (String t : html.texts("takeaway")) {
            assertThat(text.plain().replaceAll("\\s+", " ")).contains(t);
        }
    }

    private static void collect(Node node, boolean noWrap, List<String> loose, List<String> kept) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            Matcher m = BREAKABLE.matcher(node.getTextContent());
            while (m.find()) {
                (noWrap ? kept : loose).add(node.getTextContent().strip());
            }
            return;
        }
        boolean inside = noWrap || node instanceof Element e && e.getAttribute("style").contains("white-space:nowrap");
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collect(children.item(i), inside, loose, kept);
        }
    }

    @Test
    void escapesWhatItKeeps() throws Exception {
        assertThat(KeepFigures.markup("A & B: $130\u2013145B <b>, RMB 1,577B, +71.4%, -5.9B on 2026-07-29"))
                .isEqualTo("A &amp; B: <span style=\"white-space:nowrap;\">$130\u2013145B</span> &lt;b&gt;, "
                        + "<span style=\"white-space:nowrap;\">RMB 1,577B</span>, +71.4%, -5.9B on "
                        + "<span style=\"white-space:nowrap;\">2026-07-29</span>");
        assertThat(KeepFigures.markup("$53.1B (Apr\u2013Jun 2026), to Jul 2025\u2013Jun 2026 in May; capex \u00f7 OCF"))
                .isEqualTo("$53.1B (<span style=\"white-space:nowrap;\">Apr\u2013Jun 2026</span>), to "
                        + "<span style=\"white-space:nowrap;\">Jul 2025\u2013Jun 2026</span> in May; "
                        + "<span style=\"white-space:nowrap;\">capex \u00f7 OCF</span>");
    }
}
