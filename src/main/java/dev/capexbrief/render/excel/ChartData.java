package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Annotation;
import dev.capexbrief.render.model.CellRef;
import dev.capexbrief.render.model.ChartKind;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.LegendEntry;
import dev.capexbrief.render.model.Series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells an exhibit's native chart reads: categories across, one row a series. A value the
 * model takes from a table cell ({@link Series#refs}) is a live link to it, with the series value
 * cached, so the chart follows an analyst's edit; other values are plain numbers. Bar exhibits add
 * rows for what they draw over the bars: a guided range's whiskers, the plan ticks.
 */
final class ChartData implements Piece {
    private static final int TITLE = 0;
    private static final int CATEGORIES = 1;
    private static final int FIRST_SERIES = 2;

    private final Exhibit exhibit;
    private final List<String> extras;
    private String sheet;
    private int top = -1;

    ChartData(Exhibit exhibit) {
        this.exhibit = exhibit;
        this.extras = switch (exhibit.kind()) {
            case RANGE_BARS -> List.of("low", "high", "to low", "to high");
            case COMPANY_BARS -> exhibit.annotations().stream().anyMatch(a -> a.tick() != null)
                    ? List.of(tickName(exhibit)) : List.of();
            default -> List.of();
        };
    }

    /** The plan ticks' name in the chart's key: the exhibit's own word for them. */
    static String tickName(Exhibit e) {
        return e.legend().stream().filter(l -> l.symbol() == LegendEntry.Symbol.TICK).map(LegendEntry::text)
                .findFirst().orElse("plan");
    }

    Exhibit exhibit() {
        return exhibit;
    }

    /** True when the data has rows beyond the series (whiskers or ticks). */
    boolean hasExtras() {
        return !extras.isEmpty();
    }

    @Override
    public int height() {
        return FIRST_SERIES + exhibit.series().size() + extras.size();
    }

    @Override
    public int width() {
        return 1 + exhibit.categories().size();
    }

    @Override
    public void place(Addresses addresses, String sheet, int top) {
        this.sheet = sheet;
        this.top = top;
    }

    /** The sheet range of the category labels. */
    String categoriesRef() {
        return Refs.area(sheet, top + CATEGORIES, 1, top + CATEGORIES, exhibit.categories().size());
    }

    /** The cell holding series {@code i}'s name. */
    String nameRef(int i) {
        return Refs.cell(sheet, top + FIRST_SERIES + i, 0);
    }

    /** The sheet range of series {@code i}'s values. */
    String valuesRef(int i) {
        int r = top + FIRST_SERIES + i;
        return Refs.area(sheet, r, 1, r, exhibit.categories().size());
    }

    /** The cell naming extra row {@code k} and the range of its values (whiskers: 2 and 3; ticks: 0). */
    String extraNameRef(int k) {
        return nameRef(exhibit.series().size() + k);
    }

    String extraValuesRef(int k) {
        return valuesRef(exhibit.series().size() + k);
    }

    /** The values of extra row {@code k}, as the sheet caches them (null where blank). */
    List<Double> extraValues(int k) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < exhibit.categories().size(); i++) {
            out.add(extra(k, i));
        }
        return out;
    }

    private Double extra(int k, int category) {
        Annotation a = annotation(category);
        if (exhibit.kind() == ChartKind.COMPANY_BARS) {
            return a == null ? null : a.tick();
        }
        Double value = exhibit.series().get(0).values().get(category);
        Double low = a == null ? null : a.low();
        Double high = a == null ? null : a.high();
        return switch (k) {
            case 0 -> low;
            case 1 -> high;
            // chart geometry, cached as a spreadsheet computes it: in doubles, from the cells' cached values
            case 2 -> low == null || value == null ? 0.0 : value - low;
            default -> high == null || value == null ? 0.0 : high - value;
        };
    }

    private Annotation annotation(int category) {
        return exhibit.annotations().stream().filter(a -> a.category() == category).findFirst().orElse(null);
    }

    @Override
    public void write(Canvas canvas, int top) {
        Grid grid = canvas.grid();
        Styles s = canvas.styles();
        grid.label(top + TITLE, 0, "Chart data: Exhibit " + exhibit.number(), s.note());
        for (int i = 0; i < exhibit.categories().size(); i++) {
            grid.text(top + CATEGORIES, 1 + i, exhibit.categories().get(i).label(), s.note());
        }
        for (int k = 0; k < exhibit.series().size(); k++) {
            series(canvas, top + FIRST_SERIES + k, exhibit.series().get(k));
        }
        for (int k = 0; k < extras.size(); k++) {
            int r = top + FIRST_SERIES + exhibit.series().size() + k;
            grid.text(r, 0, extras.get(k), s.note());
            for (int i = 0; i < exhibit.categories().size(); i++) {
                extraCell(canvas, r, k, i);
            }
        }
    }

    private void series(Canvas canvas, int r, Series series) {
        canvas.grid().text(r, 0, series.name(), canvas.styles().note());
        for (int i = 0; i < series.values().size(); i++) {
            Double v = series.values().get(i);
            CellRef ref = series.ref(i);
            if (v == null) {
                continue;
            }
            if (ref != null && ref.table() != null && canvas.addresses().resolves(ref, null, null)) {
                canvas.grid().formula(r, 1 + i, canvas.addresses().ref(ref, null, null, sheet), v,
                        canvas.styles().helper());
            } else {
                canvas.grid().number(r, 1 + i, BigDecimal.valueOf(v), canvas.styles().helper());
            }
        }
    }

    /** Whiskers are live over the plan and range cells above them; ticks are values. */
    private void extraCell(Canvas canvas, int r, int k, int category) {
        Double v = extra(k, category);
        if (v == null) {
            return;
        }
        if (exhibit.kind() != ChartKind.RANGE_BARS || k < 2) {
            canvas.grid().number(r, 1 + category, BigDecimal.valueOf(v), canvas.styles().helper());
            return;
        }
        int valueRow = top + FIRST_SERIES;
        int boundRow = valueRow + exhibit.series().size() + (k - 2);
        String value = Grid.a1(valueRow, 1 + category);
        String bound = Grid.a1(boundRow, 1 + category);
        String formula = "IF(ISNUMBER(" + bound + ")," + (k == 2 ? value + "-" + bound : bound + "-" + value) + ",0)";
        canvas.grid().formula(r, 1 + category, formula, v, canvas.styles().helper());
    }
}
