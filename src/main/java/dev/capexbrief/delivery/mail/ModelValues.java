package dev.capexbrief.delivery.mail;

import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Kpi;
import dev.capexbrief.render.model.Mark;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The briefing model's values as the email templates see them: the title, standfirst and
 * takeaways, the headline figures, page one's scoreboard, the exhibits' titles, this week's rows and the notes under them,
 * exactly as the PDF prints them, so the email says what its attachment says; and the legend lines
 * of the marks those figures print ("§ single source: ..."), none when they print none.
 */
final class ModelValues {
    private ModelValues() {
    }

    static Map<String, Object> of(BriefingModel m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", m.title());
        out.put("standfirst", String.join(" ", m.standfirst()));
        out.put("notices", m.notices());
        out.put("takeaways", m.takeaways());
        List<Map<String, Object>> kpis = new ArrayList<>();
        Map<String, Object> byId = new LinkedHashMap<>();
        Set<Mark> printed = EnumSet.noneOf(Mark.class);
        for (Kpi k : m.kpis()) {
            printed.addAll(k.printedMarks());
            Map<String, Object> kpi = new LinkedHashMap<>();
            kpi.put("label", k.label());
            kpi.put("value", k.value().text());
            kpi.put("sub", k.sub());
            kpi.put("known", !(k.value() instanceof Cell.Blank));
            kpis.add(kpi);
            if (!(k.value() instanceof Cell.Blank)) {
                byId.put(k.id(), kpi);
            }
        }
        out.put("kpis", kpis);
        out.put("kpi", byId);
        out.put("exhibits", m.exhibits().stream().map(ModelValues::exhibit).toList());
        List<String> notes = new ArrayList<>();
        List<String> weekNotes = m.table("this-week").map(Table::notes).orElse(List.of());
        m.scoreboardTable().ifPresent(t -> {
            List<String> planNotes = planNotes(t, m.table("guidance").map(Table::notes).orElse(List.of()), weekNotes);
            out.put("scoreboard", scoreboard(t, planNotes));
            notes.addAll(planNotes);
            t.shortRendering().forEach(r -> r.cells().forEach(c -> printed.addAll(c.printedMarks())));
        });
        m.table("this-week").ifPresent(t -> {
            out.put("thisWeek", week(t));
            notes.addAll(t.notes());
            t.shortRendering().forEach(r -> r.cells().forEach(c -> printed.addAll(c.printedMarks())));
        });
        // the email prints this week's notes and its scoreboard plans' notes: a ¶ points to its note
        // there, not to a table it lacks
        out.put("marks", Mark.legendLines(printed, notes));
        return out;
    }

    /**
     * Page one's scoreboard as a list a phone reads down: per company its name and the figures its
     * row shows, each with its column's header ("latest quarter"), the cell as printed ("$53.1B§")
     * and what follows it, the cell's second line in brackets (" (Apr–Jun 2026)"), or after a comma
     * where the figure has brackets of its own (", was ~$35B"); a dash is left out. Then the notes under
     * the table, and the notes of its plans marked ¶ ({@code planNotes}).
     */
    private static Map<String, Object> scoreboard(Table t, List<String> planNotes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row r : t.shortRendering()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 1; i < t.columns().size(); i++) {
                Cell c = r.cell(i);
                if (c instanceof Cell.Blank) {
                    continue;
                }
                String sub = c.sub().replace('\n', ' ').strip();
                String after = sub.isEmpty() ? "" : c.text().contains("(") ? ", " + sub : " (" + sub + ")";
                items.add(ordered("label", label(t.columns().get(i).header()), "value", c.text(), "after", after));
            }
            rows.add(ordered("company", r.cell(0).text(), "items", items));
        }
        List<String> notes = new ArrayList<>(t.notes().stream().map(n -> n.endsWith(".") ? n : n + ".").toList());
        notes.addAll(planNotes);
        return ordered("rows", rows, "notes", notes);
    }

    /**
     * The guidance table's notes on the plans the scoreboard marks ¶ ("¶ Microsoft CY2026 plan of
     * 2026-07-29, ~$175B: ..."), less those this week's rows already print.
     */
    private static List<String> planNotes(Table board, List<String> guidanceNotes, List<String> weekNotes) {
        List<String> out = new ArrayList<>();
        for (Row r : board.shortRendering()) {
            if (r.cells().stream().anyMatch(c -> c.printedMarks().contains(Mark.FOOTNOTE))) {
                String lead = Mark.FOOTNOTE.symbol() + " " + r.cell(0).text() + " ";
                guidanceNotes.stream().filter(n -> n.startsWith(lead) && !weekNotes.contains(n) && !out.contains(n))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** A header as a phrase in a line: "Latest quarter" → "latest quarter"; "FY2026 plan" and "y/y" as they are. */
    private static String label(String header) {
        return header.length() > 1 && Character.isUpperCase(header.charAt(0)) && Character.isLowerCase(header.charAt(1))
                ? Character.toLowerCase(header.charAt(0)) + header.substring(1) : header;
    }

    /**
     * A map of {@code keys} and their values in the order given: the manifest records these values,
     * and {@code Map.of} would write its keys in a different order in every run.
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static Map<String, Object> exhibit(Exhibit e) {
        return ordered("number", e.number(), "title", e.title(), "numberedTitle", e.numberedTitle());
    }

    /**
     * The rows the PDF's page one shows, each cell's text by column id, how many it leaves out, and
     * the notes printed under them (what a "¶" or "≠" on a row refers to).
     */
    private static Map<String, Object> week(Table t) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Row r : t.shortRendering()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) {
                row.put(t.columns().get(i).id(), r.cell(i).text());
            }
            rows.add(row);
        }
        return ordered("rows", rows, "more", t.leftOut(), "moreText", t.more(), "notes", t.notes());
    }
}
