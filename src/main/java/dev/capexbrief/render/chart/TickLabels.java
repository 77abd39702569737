package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.MoneyFormat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * The one place a value axis's tick labels are written: amounts as the briefing writes them
 * ({@link MoneyFormat#tick}: "$50B", "RMB 1,500B"), so a change to the briefing's label rule
 * reaches the charts too; ratios as whole percentages ("20%").
 */
final class TickLabels extends NumberFormat {
    private static final long serialVersionUID = 1L;

    /** null for percentages. */
    private final String currency;
    private final DecimalFormat percent = new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ENGLISH));

    private TickLabels(String currency) {
        this.currency = currency;
    }

    static TickLabels money(String currency) {
        return new TickLabels(currency);
    }

    static TickLabels percent() {
        return new TickLabels(null);
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        if (currency == null) {
            return percent.format(number, to, pos);
        }
        // ticks are whole numbers of billions or round fractions; -0.0 is zero
        BigDecimal v = BigDecimal.valueOf(number == 0 ? 0 : number);
        return to.append(MoneyFormat.tick(v, currency));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        return null;
    }
}
