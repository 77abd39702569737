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

    /** A number in billions with up to {@code decimals} places, trailing zeros dropped: 62.5, 100, 26.3. */
    public static String number(BigDecimal value, int decimals) {
        BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }

    /** Like {@link #number} with thousands separated: 12,181.6 — for amounts a reader scans. */
    static String grouped(BigDecimal value, int decimals) {
        String plain = number(value, decimals);
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

    /** "$62.5B" */
    public static String billions(BigDecimal value, String currency) {
        return (value.signum() < 0 ? "-" : "") + prefix(currency) + grouped(value.abs(), 1) + "B";
    }

    /** As guided: "$60–65B", "over $100B", "~$75B", "up to $30B", "$80B". */
    public static String amount(Amount amount, String currency) {
        String p = prefix(currency);
        if (amount instanceof Amount.Range r) {
            return p + grouped(r.low(), 2) + EN_DASH + grouped(r.high(), 2) + "B";
        }
        if (amount instanceof Amount.Bound b) {
            return (b.qualifier() == Qualifier.AT_LEAST ? "over " : "up to ") + p + grouped(b.value(), 2) + "B";
        }
        Amount.Point pt = (Amount.Point) amount;
        return (pt.qualifier() == Qualifier.ABOUT ? "~" : "") + p + grouped(pt.value(), 2) + "B";
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

    /** A signed percentage already in percent: -4.2 → "-4.2%". */
    public static String percentPoints(BigDecimal pct) {
        BigDecimal p = pct.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (p.scale() < 0) {
            p = p.setScale(0);
        }
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    /** A signed change in billions: "+$2B", "-$1.5B". */
    public static String change(BigDecimal value, String currency) {
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "-" : "") + prefix(currency) + grouped(value.abs(), 2) + "B";
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
