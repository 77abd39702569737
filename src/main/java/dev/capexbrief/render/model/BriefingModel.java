package dev.capexbrief.render.model;

import dev.capexbrief.render.text.BriefingSection;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The briefing as every output draws it: built once from the analysis and the template set (the
 * fill step), then rendered by the PDF, the workbook and the email, which compute nothing. Exhibits
 * are numbered and sources numbered once for the whole briefing.
 *
 * @param title      the briefing title (page one, running header, metadata, workbook, email)
 * @param standfirst the lines under the title
 * @param legend     every mark the briefing uses, in order: one legend for both outputs
 * @param notices    what page one must say before anything else, one paragraph each: that the data is
 *                   old ("Data as of 2026-09-10, 84 days old ..."); none when it is fresh
 * @param colors     each company's colour by id (its {@link CompanyStyle} colour), for the swatch
 *                   beside its name wherever a table names it
 * @param scoreboard page one's table of one row per company (plan, latest quarter, share, capex ÷ OCF),
 *                   null when no company has a plan or a quarter; its cells are those of the section tables
 */
public record BriefingModel(String firm, String title, List<String> standfirst, LocalDate asOf, String isoWeek,
                            String currency, String unit, List<Fact> facts, List<String> takeaways, List<Kpi> kpis,
                            List<Section> sections, List<Source> sources, List<Mark> legend,
                            Map<String, Color> colors, List<String> notices, Table scoreboard) {
    public BriefingModel {
        notices = List.copyOf(notices);
        standfirst = List.copyOf(standfirst);
        facts = List.copyOf(facts);
        takeaways = List.copyOf(takeaways);
        kpis = List.copyOf(kpis);
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        legend = List.copyOf(legend);
        colors = Map.copyOf(colors);
    }

    /** A model without a scoreboard. */
    public BriefingModel(String firm, String title, List<String> standfirst, LocalDate asOf, String isoWeek,
                         String currency, String unit, List<Fact> facts, List<String> takeaways, List<Kpi> kpis,
                         List<Section> sections, List<Source> sources, List<Mark> legend, Map<String, Color> colors,
                         List<String> notices) {
        this(firm, title, standfirst, asOf, isoWeek, currency, unit, facts, takeaways, kpis, sections, sources, legend,
                colors, notices, null);
    }

    /** A model without notices: the data is fresh. */
    public BriefingModel(String firm, String title, List<String> standfirst, LocalDate asOf, String isoWeek,
                         String currency, String unit, List<Fact> facts, List<String> takeaways, List<Kpi> kpis,
                         List<Section> sections, List<Source> sources, List<Mark> legend, Map<String, Color> colors) {
        this(firm, title, standfirst, asOf, isoWeek, currency, unit, facts, takeaways, kpis, sections, sources, legend,
                colors, List.of(), null);
    }

    /** The company's colour, or null for an id that is not a company of the briefing. */
    public Color color(String companyId) {
        return colors.get(companyId);
    }

    public Optional<Table> scoreboardTable() {
        return Optional.ofNullable(scoreboard);
    }

    /** The section, if the briefing has it. */
    public Optional<Section> find(BriefingSection id) {
        return sections.stream().filter(s -> s.id() == id).findFirst();
    }

    public Section section(BriefingSection id) {
        return sections.stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + id));
    }

    public List<Exhibit> exhibits() {
        List<Exhibit> out = new ArrayList<>();
        sections.forEach(s -> out.addAll(s.exhibits()));
        return out;
    }

    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        sections.forEach(s -> out.addAll(s.tables()));
        return out;
    }

    public Optional<Table> table(String id) {
        return tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Kpi> kpi(String id) {
        return kpis.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
