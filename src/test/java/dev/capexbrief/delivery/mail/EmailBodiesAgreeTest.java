package dev.capexbrief.delivery.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-text and HTML bodies of real briefing emails say the same things: the same title,
 * standfirst and notices, headline figures, takeaways, this week's rows, the notes under them and
 * the mark legend, word for word, each read back the way a reader sees it (the plain lines; the
 * HTML's text).
 */
class EmailBodiesAgreeTest {
    static Stream<ReceivedEmail> emails() {
        return ReceivedEmail.WEEKS.stream().map(ReceivedEmail::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void bothBodiesCarryTheSameFiguresTakeawaysAndRows(ReceivedEmail email) {
        PlainBody plain = new PlainBody(email.plain());
        HtmlBody html = HtmlBody.parse(email.html());
        var model = MailFixtures.model(email.briefing());

        assertThat(html.texts("title")).containsExactly(plain.lines.get(0));
        assertThat(html.texts("standfirst")).containsExactly(plain.lines.get(2));
        assertThat(html.texts("notice")).containsExactlyElementsOf(model.notices());

        List<String> takeaways = plain.items("Key takeaways");
        assertThat(takeaways).isNotEmpty().containsExactlyElementsOf(model.takeaways());
        assertThat(html.texts("takeaway")).containsExactlyElementsOf(takeaways);

        assertThat(html.texts("kpis-head")).containsExactly(plain.line("Headline numbers, as of "));
        List<String> figures = plain.items("Headline numbers, as of ");
        assertThat(figures).hasSameSizeAs(model.kpis()).isNotEmpty();
        assertThat(html.withClass("kpi")).extracting(EmailBodiesAgreeTest::kpiLine).containsExactlyElementsOf(figures);

        String weekHead = plain.line("This week (");
        assertThat(html.texts("week-head")).containsExactly(weekHead);
        List<String> rows = plain.items(weekHead);
        List<String> htmlRows = new ArrayList<>(html.texts("week-row"));
        htmlRows.addAll(html.texts("week-more"));
        assertThat(htmlRows).containsExactlyElementsOf(rows);
        if (rows.isEmpty()) {
            assertThat(plain.lines).contains("No new guidance this week.");
            assertThat(html.texts("week-none")).containsExactly("No new guidance this week.");
        }
        List<String> notes = model.table("this-week").orElseThrow().notes();
        assertThat(html.texts("week-note")).containsExactlyElementsOf(notes);
        List<String> notesAndLegend = new ArrayList<>(notes);
        notesAndLegend.addAll(html.texts("mark"));
        assertThat(plain.afterRows()).containsExactlyElementsOf(notesAndLegend);

        assertThat(html.texts("attached")).containsExactly(plain.line("Attached: "));
        assertThat(html.texts("footer")).containsExactly(plain.lines.get(plain.lines.size() - 1));
    }

    /** A headline figure as the plain body writes it: "label: value — sub". */
    private static String kpiLine(Element kpi) {
        String sub = HtmlBody.text(kpi, "kpi-sub").map(s -> " \u2014 " + s).orElse("");
        return HtmlBody.text(kpi, "kpi-label").orElseThrow() + ": " + HtmlBody.text(kpi, "kpi-value").orElseThrow() + sub;
    }

    /** The plain body's lines, its "- " lists by heading, and the notes and mark legend after this week's rows. */
    private static final class PlainBody {
        final List<String> lines;

        PlainBody(String text) {
            lines = text.lines().toList();
        }

        String line(String start) {
            return lines.stream().filter(l -> l.startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starting \"" + start + "\" in\n" + String.join("\n", lines)));
        }

        List<String> items(String heading) {
            List<String> out = new ArrayList<>();
            for (int i = lines.indexOf(line(heading)) + 1; i < lines.size() && lines.get(i).startsWith("- "); i++) {
                out.add(lines.get(i).substring(2));
            }
            return out;
        }

        /** The lines between this week's list and "Attached:", blank lines left out. */
        List<String> afterRows() {
            int i = lines.indexOf(line("This week (")) + 1;
            while (i < lines.size() && (lines.get(i).startsWith("- ") || lines.get(i).equals("No new guidance this week."))) {
                i++;
            }
            List<String> out = new ArrayList<>();
            for (; i < lines.size() && !lines.get(i).startsWith("Attached: "); i++) {
                if (!lines.get(i).isBlank()) {
                    out.add(lines.get(i));
                }
            }
            return out;
        }
    }
}
