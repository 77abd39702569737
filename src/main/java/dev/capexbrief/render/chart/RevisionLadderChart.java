package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Shape;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Exhibit: the revision ladder — each company's focus-year plan as it moved over time, one step per
 * statement (marker on the announcement day), held flat to the as-of date. Only drawn when at least
 * one focus-year plan was revised. With more plans than the theme shows, the largest of the revised
 * plans are drawn.
 */
public final class RevisionLadderChart {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Briefing b;
    private final ChartTheme theme;
    private final XYSeriesCollection steps = new XYSeriesCollection();
    private final XYSeriesCollection statements = new XYSeriesCollection();
    private final XYStepRenderer stepRenderer = new XYStepRenderer();
    private final XYLineAndShapeRenderer pointRenderer = LineSeries.renderer();
    private final List<DirectLabels.Label> labels = new ArrayList<>();
    private long start = Long.MAX_VALUE;
    private double max = 1;

    private RevisionLadderChart(Briefing b, ChartTheme theme) {
        this.b = b;
        this.theme = theme;
        stepRenderer.setDefaultShapesVisible(false);
        stepRenderer.setDefaultToolTipGenerator(null);
    }

    public static Optional<JFreeChart> create(Briefing b, TextBlock title, ChartTheme theme) {
        return create(b, new TopCompanies(b, theme.topCompanies()), title, theme);
    }

    /** As {@link #create(Briefing, TextBlock, ChartTheme)}, with the document's selection of companies. */
    public static Optional<JFreeChart> create(Briefing b, TopCompanies top, TextBlock title, ChartTheme theme) {
        Period focus = new Period.FiscalYear(b.focusYear());
        List<Revision> revisions = b.revisions().stream().filter(r -> r.period().equals(focus))
                .sorted(Comparator.comparing(Revision::toDate)).toList();
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Revision>> byCompany = new HashMap<>();
        revisions.forEach(r -> byCompany.computeIfAbsent(r.company().id(), k -> new ArrayList<>()).add(r));
        List<GuidanceLine> shown = b.guidance().size() <= top.limit() ? b.guidance() : b.guidance().stream()
                .filter(g -> byCompany.containsKey(g.company().id())).limit(top.limit()).toList();
        RevisionLadderChart chart = new RevisionLadderChart(b, theme);
        for (GuidanceLine g : shown) {
            chart.company(g, byCompany.getOrDefault(g.company().id(), List.of()));
        }
        boolean cut = shown.size() < b.guidance().size();
        return Optional.of(chart.finish(title, cut ? scope(b, shown.size(), byCompany.size()) : null));
    }

    /** Which plans a cut ladder draws: those that were revised, the largest first. */
    private static String scope(Briefing b, int shown, int revised) {
        String year = "FY" + b.focusYear();
        return shown < revised
                ? "Top " + TopCompanies.count(shown) + " of the " + TopCompanies.count(revised)
                + " companies that revised their " + year + " plan, by plan"
                : "The " + TopCompanies.count(revised) + (revised == 1 ? " company" : " companies") + " that revised "
                + (revised == 1 ? "its " : "their ") + year + " plan, of " + TopCompanies.count(b.guidance().size())
                + " with a plan";
    }

    /** One company's statements of the plan, and the step line through them to the as-of date. */
    private void company(GuidanceLine g, List<Revision> own) {
        XYSeries said = new XYSeries(g.company().name() + " statements", false, true);
        if (own.isEmpty()) {
            said.add(millis(g.announced()), g.central().doubleValue());
        } else {
            said.add(millis(own.get(0).fromDate()), own.get(0).from().doubleValue());
            for (Revision r : own) {
                said.add(millis(r.toDate()), r.to().doubleValue());
            }
        }
        XYSeries step = new XYSeries(g.company().name(), false, true);
        for (int i = 0; i < said.getItemCount(); i++) {
            step.add(said.getX(i), said.getY(i));
            max = Math.max(max, said.getY(i).doubleValue());
        }
        step.add(millis(b.asOf()), g.central().doubleValue());
        start = Math.min(start, said.getX(0).longValue());
        Color color = theme.companyColor(g.company().id());
        Shape marker = theme.marker(g.company().id());
        stepRenderer.setSeriesPaint(steps.getSeriesCount(), color);
        stepRenderer.setSeriesStroke(steps.getSeriesCount(), LineSeries.SOLID);
        steps.addSeries(step);
        LineSeries.style(pointRenderer, statements.getSeriesCount(), color, marker, false, theme.ink());
        pointRenderer.setSeriesLinesVisible(statements.getSeriesCount(), false);
        statements.addSeries(said);
        labels.add(new DirectLabels.Label(millis(b.asOf()), g.central().doubleValue(),
                g.company().name() + " " + MoneyFormat.amount(g.amount(), b.currency()), color, marker, 6));
    }

    private JFreeChart finish(TextBlock title, String scope) {
        DateAxis dates = new DateAxis(null, UTC, Locale.ENGLISH);
        theme.style(dates);
        SimpleDateFormat format = new SimpleDateFormat("MMM yy", Locale.ENGLISH);
        format.setTimeZone(UTC);
        dates.setDateFormatOverride(format);
        dates.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, Locale.ENGLISH));
        long end = millis(b.asOf());
        long span = Math.max(end - start, 86_400_000L * 60);
        dates.setRange(start - span * 0.04, end + span * 0.42);
        NumberAxis amounts = theme.moneyAxis(MoneyFormat.prefix(b.currency()));
        amounts.setRange(0, max * 1.15);
        XYPlot plot = new XYPlot(steps, dates, amounts, stepRenderer);
        plot.setDataset(1, statements);
        plot.setRenderer(1, pointRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addAnnotation(new DirectLabels(labels, theme.font(ChartTheme.LABEL_SIZE), theme.ink(), theme.grid()), false);
        return theme.chart(plot, title, null, scope);
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
