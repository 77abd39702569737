package dev.capexbrief.delivery.mail;

import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The email carries page one's scoreboard: a line per company with the figures its row in the PDF
 * shows, the same in the plain-text and HTML bodies, and the notes under the table.
 */
class EmailScoreboardTest {
    static Stream<ReceivedEmail> emails() {
        return ReceivedEmail.WEEKS.stream().map(ReceivedEmail::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void bothBodiesListEveryScoreboardRowWithEachFigureItShows(ReceivedEmail email) {
        Table board = MailFixtures.model(email.briefing()).scoreboardTable().orElseThrow();
        List<String> plain = items(email.plain());
        List<Row> rows = board.shortRendering();
        assertThat(plain).hasSameSizeAs(rows);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            assertThat(plain.get(r)).startsWith(row.cell(0).text() + ": ");
            for (int i = 1; i < board.columns().size(); i++) {
                Cell c = row.cell(i);
                if (!(c instanceof Cell.Blank)) {
                    assertThat(plain.get(r)).contains(c.text()).contains(c.sub().replace('\n', ' ').strip());
                }
            }
        }
        HtmlBody html = HtmlBody.parse(email.html());
        assertThat(html.texts("score-row")).containsExactlyElementsOf(plain);
        List<String> notes = board.notes().stream().map(n -> n.endsWith(".") ? n : n + ".").toList();
        assertThat(notes).isNotEmpty();
        List<String> shown = html.texts("score-note");
        assertThat(shown).startsWith(notes.toArray(String[]::new));
        // after the table's own notes, only the notes of plans the rows mark ¶
        assertThat(shown.subList(notes.size(), shown.size())).allMatch(n -> n.startsWith("\u00b6 "));
        assertThat(email.plain().lines().toList()).containsSequence(shown);
    }

    @Test
    void theLatestWeeksRowsReadAsPageOnePrintsThem() {
        List<String> plain = items(ReceivedEmail.of(LocalDate.of(2026, 9, 10)).plain());
        assertThat(plain).contains("Amazon: FY2026 plan ~$220B (was ~$200B); latest quarter $53.1B\u00a7 (Apr\u2013Jun 2026);"
                        + " y/y +69.1%\u00a7; share 26.8%; capex \u00f7 OCF 92.0% (FY2025)",
                "Oracle: FY2026 plan reported $55.7B vs plan ~$50B (FY ends May), was ~$35B; latest quarter $28.5B"
                        + " (Jun\u2013Aug 2026); y/y +235.2%\u00a7; share 6.8%; capex \u00f7 OCF 174.1%\u00a7 (FY2026)",
                "Alibaba: latest quarter $4.4B\u00b0 (Jul\u2013Sep 2025)");
    }

    /**
     * Microsoft's plan carries a ¶ in the latest week's scoreboard though Microsoft has no row this
     * week: the email prints the plan's note under the scoreboard, never a mark that sends the reader
     * to a guidance table the email lacks.
     */
    @Test
    void aScoreboardPlanWithANoteHasTheNoteInTheEmail() {
        ReceivedEmail email = ReceivedEmail.of(LocalDate.of(2026, 9, 10));
        String htmlText = HtmlBody.text(HtmlBody.parse(email.html()).tags("body").get(0));
        for (String body : List.of(email.plain(), htmlText)) {
            String flat = body.replaceAll("\\s+", " ");
            assertThat(flat).contains("~$175B (calendar 2026)\u00b6")
                    .contains("\u00b6 Microsoft CY2026 plan of 2026-07-29, ~$175B (calendar 2026): an accounting reclassification")
                    .doesNotContain("see the note");
        }
        assertThat(HtmlBody.parse(email.html()).texts("score-note"))
                .anyMatch(n -> n.startsWith("\u00b6 Microsoft CY2026 plan of 2026-07-29"));
    }

    /** The plain body's "- " lines under its "Scoreboard" heading. */
    private static List<String> items(String plain) {
        List<String> lines = plain.lines().toList();
        int at = lines.indexOf("Scoreboard");
        assertThat(at).as("a Scoreboard heading in\n" + plain).isPositive();
        List<String> out = new ArrayList<>();
        for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("- "); i++) {
            out.add(lines.get(i).substring(2));
        }
        return out;
    }
}
