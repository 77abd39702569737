package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Qualifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * Writes amounts the way an investor writes them: "$60–65B", "over $100B", "~$75B", "RMB 380B".
 * One formatter for every output, so the PDF, the workbook and the email say the same thing.
 */
public final class MoneyFormat {
    private static final String EN_DASH = "\u2013";

    private MoneyFormat() {
    }

    /** The symbol or prefix for a currency: "$", "€", "£", "¥" (JPY), "RMB " (CNY), else "EUR ". */
    public static String prefix(String currency) {
        return switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "\u20AC";
            case "GBP" -> "\u00A3";
            case "JPY" -> "\u00A5";
            case "CNY" -> "RMB ";
            default -> currency + " ";
        };
    }

    /**
     * The precision rule, the one place it is decided. An amount in billions shows one decimal
     * below 100 and none from 100 up ($91.4B, $733B; a value that rounds to 100.0 is already
     * "$100B"), in every currency; a computed amount always shows that many decimals ($35.0B beside
     * $55.4B). A stated amount keeps the precision it was stated with and never gains any: "~$200B"
     * stays whole, converted too ("~RMB 1,434B"), while "$26.3B" keeps its decimal below 100.
     * Ranges and floors apply the rule to each end. A change between two figures is as precise as the
     * more precise of them ("~$200B" to "~$220B" is "+$20B", $26.3B to $30B "+$3.7B", a range's midpoint
     * is computed: {@link #changeDecimals(BigDecimal, int, int)}); a change too small for the rule shows
     * the digits its first figure needs ("-$0.02B", {@link #changeDecimals}), never a signed zero.
     * Percentages and multiples show one decimal everywhere ("36.0%", "+78.7%", "6.3×").
     */
    public static int decimals(BigDecimal billions) {
        return billions.abs().setScale(1, RoundingMode.HALF_UP).compareTo(HUNDRED) >= 0 ? 0 : 1;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The decimals of a figure stated as {@code stated} (in its own currency and unit) and shown as
     * {@code value}: the rule's, but never more than the statement carried ($41B stays "$41B" where a
     * computed 41 is "$41.0B"). The one decision for a stated figure, which every output then prints.
     */
    public static int decimals(BigDecimal value, BigDecimal stated) {
        return Math.min(decimals(value), statedDecimals(stated));
    }

    /**
     * The decimals of a guided amount's central value: a range's midpoint is computed ($62.5B, $138B),
     * a point or a bound is the stated number, as precise as it was stated.
     */
    public static int decimals(Amount converted, Amount asStated) {
        return converted instanceof Amount.Range ? decimals(converted.central())
                : decimals(converted.central(), asStated.central());
    }

    /** The decimals a stated number carries: 65 → 0, 62.5 → 1, 26.300 → 1. */
    static int statedDecimals(BigDecimal stated) {
        return Math.max(0, stated.stripTrailingZeros().scale());
    }

    /** A number in billions with up to {@code decimals} places, trailing zeros dropped: 62.5, 100, 26.3. */
    public static String number(BigDecimal value, int decimals) {
        BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }

    /** A number with exactly {@code decimals} places and thousands separated: 12,181.6, 35.0, 732. */
    static String fixed(BigDecimal value, int decimals) {
        return group(value.setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    /** Like {@link #number} with thousands separated: 12,181.6 — for amounts a reader scans. */
    static String grouped(BigDecimal value, int decimals) {
        return group(number(value, decimals));
    }

    private static String group(String plain) {
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        int start = plain.startsWith("-") ? 1 : 0;
        if (end - start <= 3) {
            return plain;
        }
        StringBuilder sb = new StringBuilder(plain.substring(end));
        for (int i = end; i > start; i -= 3) {
            sb.insert(0, plain.substring(Math.max(start, i - 3), i));
            if (i - 3 > start) {
                sb.insert(0, ',');
            }
        }
        return plain.substring(0, start) + sb;
    }

    /** A computed amount's digits under the rule: 91.447 → "91.4", 35 → "35.0", 732.5 → "733". */
    static String computed(BigDecimal value) {
        return fixed(value, decimals(value));
    }

    /**
     * A stated amount's digits: the rule's decimals, but never more than {@code stated} carried; a
     * decimal it carried stays when it rounds to zero (23.953 is "24.0", as a computed 23.953 is).
     */
    static String stated(BigDecimal value, int stated) {
        return fixed(value, Math.min(decimals(value), stated));
    }

    /** The unit of amounts in headers: "$B", "RMB B", "EUR B" — prefix and "B", never "RMBB". */
    public static String unit(String currency) {
        return prefix(currency) + "B";
    }

    /** "$62.5B", "$35.0B", "$732B": a computed amount under the rule. */
    public static String billions(BigDecimal value, String currency) {
        return billions(value, decimals(value), currency);
    }

    /** "$41B", "$41.3B": an amount with the decimals its figure was given ({@link #decimals(BigDecimal, BigDecimal)}). */
    public static String billions(BigDecimal value, int decimals, String currency) {
        return (value.signum() < 0 ? "-" : "") + prefix(currency) + fixed(value.abs(), decimals) + "B";
    }

    /**
     * A stated figure with the decimals it was given and what it was stated as: "over $21B" ("more than
     * $21 billion"), "up to $30B", "~$131B", "$55.7B"; the qualifier's words as {@link #amount} writes them.
     */
    public static String qualified(BigDecimal value, int decimals, Qualifier qualifier, String currency) {
        return words(qualifier) + billions(value, decimals, currency);
    }

    /**
     * What a figure stated as {@code qualifier} is written with before its amount: "over " for a
     * floor, "up to " for a ceiling, "~" for an approximation, nothing for an exact figure. Every
     * label that says a bound says it with these words, and the code that reads a bound back from a
     * label looks for them.
     */
    public static String words(Qualifier qualifier) {
        return switch (qualifier) {
            case AT_LEAST -> "over ";
            case AT_MOST -> "up to ";
            case ABOUT -> "~";
            case EXACT -> "";
        };
    }

    /**
     * An axis tick: a round number, so it shows only the digits it has ("$50B", "$2.5B",
     * "RMB 2,000B"); the rule's fixed decimal would make every tick "$50.0B".
     */
    public static String tick(BigDecimal value, String currency) {
        return (value.signum() < 0 ? "-" : "") + prefix(currency) + grouped(value.abs(), 2) + "B";
    }

    /** As guided: "$60–65B", "over $100B", "~$75B", "up to $30B", "$80B", each end as precise as stated. */
    public static String amount(Amount amount, String currency) {
        return amount(amount, amount, currency);
    }

    /**
     * An amount converted from the one the company stated, as precise as the statement and no more:
     * ~$200B at 7.17 is "~RMB 1,434B", not "~RMB 1,433.69B".
     */
    public static String amount(Amount converted, Amount asStated, String currency) {
        String p = prefix(currency);
        if (converted instanceof Amount.Range r) {
            Amount.Range s = asStated instanceof Amount.Range sr ? sr : r;
            return p + stated(r.low(), statedDecimals(s.low())) + EN_DASH
                    + stated(r.high(), statedDecimals(s.high())) + "B";
        }
        int d = statedDecimals(asStated.central());
        if (converted instanceof Amount.Bound b) {
            return words(b.qualifier()) + p + stated(b.value(), d) + "B";
        }
        Amount.Point pt = (Amount.Point) converted;
        return (pt.qualifier() == Qualifier.ABOUT ? "~" : "") + p + stated(pt.value(), d) + "B";
    }

    /** An unsigned percentage from a ratio, one decimal: 0.36 → "36.0%", 1.15 → "115.0%". */
    public static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A signed percentage from a ratio: 0.436 → "+43.6%". */
    public static String percentChange(BigDecimal ratio) {
        BigDecimal pct = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
    }

    /** A change between two ratios in percentage points: 0.341 → "+34.1 points". */
    public static String pointsChange(BigDecimal ratioChange) {
        BigDecimal pts = ratioChange.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (pts.signum() > 0 ? "+" : "") + pts.toPlainString() + (pts.abs().compareTo(BigDecimal.ONE) == 0
                ? " point" : " points");
    }

    /** A signed percentage already in percent, one decimal: -4.2 → "-4.2%", 4 → "+4.0%". */
    public static String percentPoints(BigDecimal pct) {
        BigDecimal p = pct.setScale(1, RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    /** A multiple, one decimal: 6.324 → "6.3×". */
    public static String multiple(BigDecimal ratio) {
        return ratio.setScale(1, RoundingMode.HALF_UP).toPlainString() + "\u00d7";
    }

    /** A signed computed change in billions: "+$20.0B", "-$1.5B", "+$143B", and "-$0.02B" for one too small for the rule. */
    public static String change(BigDecimal value, String currency) {
        return change(value, changeDecimals(value), currency);
    }

    /** A signed change in billions with the decimals decided for it ({@link #changeDecimals(BigDecimal, int, int)}): "+$20B". */
    public static String change(BigDecimal value, int decimals, String currency) {
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "-" : "") + prefix(currency)
                + fixed(value.abs(), decimals) + "B";
    }

    /**
     * The decimals a change shows: the rule's, and where those would round a change that is not zero
     * to a signed zero ("-$0.0B", which says neither how much nor which way), as many more as its
     * first digit needs: Meta's FY2023Q1 restated from $6.842B to $6.823B changed by -$0.02B.
     */
    public static int changeDecimals(BigDecimal change) {
        return firstDigit(change, decimals(change));
    }

    /**
     * The decimals a change between two figures shows: as precise as the more precise of them
     * ({@code from} and {@code to}, each {@link #precision(Amount)}), and no more than the rule gives
     * the change itself: Amazon's ~$200B raised to ~$220B changed by "+$20B", $26.3B to $30B by "+$3.7B",
     * $125–145B to $130–145B (computed midpoints) by "+$2.5B"; never a signed zero ({@link #changeDecimals}).
     */
    public static int changeDecimals(BigDecimal change, int from, int to) {
        return firstDigit(change, Math.min(decimals(change), Math.max(from, to)));
    }

    /**
     * The decimals an amount carries as one end of a change: a point or a bound as many as it was
     * stated with (in its own currency: converted, a stated ~$200B is as precise as $200B), a range's
     * midpoint computed, as many as the rule ever shows.
     */
    public static int precision(Amount asStated) {
        return asStated instanceof Amount.Range ? 1 : statedDecimals(asStated.central());
    }

    /** {@code d}, or as many more decimals as the first digit of a change that is not zero needs. */
    private static int firstDigit(BigDecimal change, int decimals) {
        int d = decimals;
        if (change.signum() != 0) {
            while (change.setScale(d, RoundingMode.HALF_UP).signum() == 0) {
                d++;
            }
        }
        return d;
    }

    /**
     * The spreadsheet number format that shows an amount with {@code decimals} as {@link #billions}
     * writes it, with {@code suffix} (evidence marks) after the "B": {@code "RMB "#,##0"B†"} with none,
     * {@code "$"#,##0.0"B"} with one, {@code "$"#,##0.00"B"} with two (a change too small for the rule,
     * {@link #changeDecimals}); signed formats put "+" before a positive amount.
     *
     * @param unit the unit of amounts, as {@link #unit} writes it ("$B", "RMB B")
     */
    public static String spreadsheetFormat(int decimals, String unit, String suffix, boolean signed) {
        String body = "\"" + unit.substring(0, unit.length() - 1) + "\"#,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals))
                + "\"B" + suffix + "\"";
        return signed ? "+" + body + ";-" + body + ";" + body : body;
    }

    static boolean isKnownCurrency(String code) {
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
