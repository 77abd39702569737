package dev.capexbrief.dataset;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a number as a dataset writes it: plain ASCII digits with an optional sign, decimal point
 * and exponent ({@code 80}, {@code 62.5}, {@code 1.5E2}); in a ';'-separated CSV (European Excel)
 * the decimal mark is a comma and a point may group thousands ({@code 1.234,5}). Anything else
 * (NaN, Infinity, hex, other scripts' digits, 40-digit monsters) is refused with a message that
 * says what to write, so a typo can never become a silently wrong number.
 */
final class NumberText {
    /** Longest number text accepted; BigDecimal would take far longer ones, but no amount needs them. */
    static final int MAX_CHARS = 40;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,9})?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern ONE_COMMA = Pattern.compile("[+-]?\\d*,\\d+");

    private final boolean decimalComma;
    private final BigDecimal max;
    private final int maxDecimals;

    /**
     * @param decimalComma ',' is the decimal mark ('.' groups thousands), as in a ';'-separated CSV
     * @param max          largest magnitude accepted
     * @param maxDecimals  most decimal places accepted (trailing zeros do not count)
     */
    NumberText(boolean decimalComma, BigDecimal max, int maxDecimals) {
        this.decimalComma = decimalComma;
        this.max = max;
        this.maxDecimals = maxDecimals;
    }

    /** The number, or null after telling {@code problem} why the text is not an acceptable one. */
    BigDecimal parse(String text, Consumer<String> problem) {
        if (text.length() > MAX_CHARS) {
            problem.accept(Texts.quote(text) + " is " + text.length() + " characters long; a number has at most "
                    + MAX_CHARS + " (check the unit: B = billions, M = millions)");
            return null;
        }
        String plain = decimalComma ? fromDecimalComma(text, problem) : text;
        if (plain == null) {
            return null;
        }
        if (!NUMBER.matcher(plain).matches()) {
            if (!decimalComma && ONE_COMMA.matcher(text).matches()) {
                problem.accept(Texts.quote(text) + " uses a decimal comma; write " + text.replace(',', '.')
                        + " (or export the CSV with ';' separators, which capexbrief reads as decimal-comma)");
            } else {
                problem.accept(Texts.quote(text) + " is not a number");
            }
            return null;
        }
        BigDecimal n = new BigDecimal(plain);
        if (n.abs().compareTo(max) > 0) {
            problem.accept(text + " is implausibly large (limit " + max.toPlainString()
                    + "); check the unit (B = billions, M = millions)");
            return null;
        }
        if (n.scale() > maxDecimals && n.stripTrailingZeros().scale() > maxDecimals) {
            problem.accept(Texts.quote(text) + " has more than " + maxDecimals + " decimal places");
            return null;
        }
        // 1E3 has scale -3: keep amounts in plain notation so every output prints 1000. A zero keeps
        // any scale its exponent gives (0E-99999999 has 99,999,999 decimal places, all trailing
        // zeros): printed in plain notation that is a 100 MB string in every cell, chart and table,
        // so the scale is bounded here, exactly (only trailing zeros are dropped)
        if (n.scale() < 0) {
            return n.setScale(0);
        }
        return n.scale() > maxDecimals ? n.setScale(maxDecimals) : n;
    }

    /** '1.234,5' → '1234.5'; a lone point that could be either mark is refused rather than guessed. */
    private static String fromDecimalComma(String text, Consumer<String> problem) {
        int comma = text.indexOf(',');
        if (comma >= 0) {
            String whole = text.substring(0, comma);
            String fraction = text.substring(comma + 1);
            if (fraction.indexOf(',') >= 0 || fraction.indexOf('.') >= 0
                    || (whole.indexOf('.') >= 0 && !GROUPED.matcher(whole).matches())) {
                problem.accept(Texts.quote(text) + " is not a number (in a ';'-separated file write 1234,5 or 1.234,5)");
                return null;
            }
            return whole.replace(".", "") + "." + fraction;
        }
        if (GROUPED.matcher(text).matches()) {
            if (text.indexOf('.') == text.lastIndexOf('.')) {
                problem.accept(Texts.quote(text) + " is ambiguous in a ';'-separated file, where ',' is the decimal mark: write "
                        + text.replace(".", "") + " for thousands, or " + text.replace('.', ',') + " for a decimal");
                return null;
            }
            return text.replace(".", "");
        }
        // a point that cannot be a thousands separator (1.25, 0.5) is a decimal point
        return text;
    }
}
