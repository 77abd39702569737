package dev.capexbrief.render.model;

/** The model as plain text, one line per cell and series: for reading in a test failure or a terminal. */
final class ModelText {
    private ModelText() {
    }

    static String of(BriefingModel m) {
        StringBuilder sb = new StringBuilder();
        sb.append("TITLE ").append(m.title()).append('\n');
        m.standfirst().forEach(s -> sb.append("  ").append(s).append('\n'));
        m.facts().forEach(f -> sb.append("FACT ").append(f.label()).append(" = ").append(f.value().replace('\n', ' ')).append('\n'));
        m.takeaways().forEach(t -> sb.append("- ").append(t).append('\n'));
        m.kpis().forEach(k -> sb.append("KPI ").append(k.label()).append(" = ").append(k.value().text()).append(" | ")
                .append(k.sub()).append('\n'));
        for (Section s : m.sections()) {
            sb.append("\n== ").append(s.id()).append(": ").append(s.heading()).append('\n');
            s.intro().forEach(p -> sb.append("  ").append(p).append('\n'));
            for (Block b : s.blocks()) {
                if (b instanceof Block.Chart c) {
                    Exhibit e = c.exhibit();
                    sb.append("  EXHIBIT ").append(e.numberedTitle()).append(" [").append(e.kind()).append("] ")
                            .append(e.scope()).append('\n');
                    sb.append("    categories ").append(e.categories().stream().map(Category::label).toList()).append('\n');
                    for (Series x : e.series()) {
                        sb.append("    ").append(x.role()).append(' ').append(x.name()).append(' ').append(x.values())
                                .append(' ').append(x.labels().stream().filter(java.util.Objects::nonNull).toList()).append('\n');
                    }
                } else if (b instanceof Block.Grid g) {
                    Table t = g.table();
                    sb.append("  TABLE ").append(t.id()).append(t.detail() ? " (workbook)" : "").append(" short=")
                            .append(t.shortRows()).append(' ').append(t.scope()).append('\n');
                    sb.append("    ").append(t.columns().stream().map(c -> c.header() + (c.detail() ? "*" : "")).toList()).append('\n');
                    for (Row r : t.rows()) {
                        sb.append("    ").append(r.key()).append(": ").append(r.cells().stream().map(Cell::text).toList()).append('\n');
                    }
                    t.notes().forEach(n -> sb.append("    note: ").append(n).append('\n'));
                } else if (b instanceof Block.Bullets l) {
                    sb.append("  ").append(l.title()).append(": ").append(l.items().size()).append(" items\n");
                } else if (b instanceof Block.SourceList l) {
                    sb.append("  SOURCES ").append(l.sources().size()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
