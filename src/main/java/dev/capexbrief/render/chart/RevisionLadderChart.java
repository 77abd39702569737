package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.render.text.TextBlock;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Exhibit: the revision ladder — each company's focus-year plan as it moved over time, one step per
 * statement (marker on the announcement day), held flat to the as-of date. Only drawn when at least
 * one focus-year plan was revised.
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
        Period focus = new Period.FiscalYear(b.focusYear());
        List<Revision> revisions = b.revisions().stream().filter(r -> r.period().equals(focus))
                .sorted(Comparator.comparing(Revision::toDate)).toList();
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        RevisionLadderChart chart = new RevisionLadderChart(b, theme);
        for (GuidanceLine g : b.guidance()) {
            chart.company(g, revisions.stream().filter(r -> r.company().id().equals(g.company().id())).toList());
        }
        return Optional.of(chart.finish(title));
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
        Color color = theme.companyColor(g.company().colorIndex());
        Shape marker = theme.marker(g.company().colorIndex());
        stepRenderer.setSeriesPaint(steps.getSeriesCount(), color);
        stepRenderer.setSeriesStroke(steps.getSeriesCount(), LineSeries.SOLID);
        steps.addSeries(step);
        LineSeries.style(pointRenderer, statements.getSeriesCount(), color, marker, false, theme.ink());
        pointRenderer.setSeriesLinesVisible(statements.getSeriesCount(), false);
        statements.addSeries(said);
        labels.add(new DirectLabels.Label(millis(b.asOf()), g.central().doubleValue(),
                g.company().name() + " " + MoneyFormat.amount(g.amount(), b.currency()), color, marker, 6));
    }

    private JFreeChart finish(TextBlock title) {
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
        return theme.chart(plot, title, null);
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
