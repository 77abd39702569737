package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An imported actual as a dataset row: the value in billions (at most six decimals, the readers'
 * limit) and unit {@code B}, announced on the filing date, the filing's URL as its source, the tag,
 * form and accession, a confidence of {@code reported} or {@code derived}, and a note for a derived
 * quarter ({@code derived: FY − 9M}) or a restatement ({@code restates $12.0B filed 2025-02-05}).
 *
 * @param previousFiled for a restatement, the filing date of the value it restates (null when unknown)
 */
record ImportedRow(String company, String cikOnRow, String metric, Period period, BigDecimal billions, String currency,
                   LocalDate announced, String source, String note, String tag, String form, String accession,
                   Confidence confidence) {
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
    /** The readers' limits for a value in billions. */
    static final int DECIMALS = 6;
    static final BigDecimal MAX = new BigDecimal("1000000");

    static ImportedRow of(String company, String cikOnRow, long cik, ReportedActual a, LocalDate previousFiled) {
        StringBuilder note = new StringBuilder();
        if (a.derivation() != null && !a.derivation().isBlank()) {
            note.append("derived: ").append(a.derivation().strip());
        }
        if (a.restatement() && a.previous() != null) {
            if (note.length() > 0) {
                note.append("; ");
            }
            note.append("restates ").append(money(billions(a.previous()), a.currency()));
            if (previousFiled != null) {
                note.append(" filed ").append(previousFiled);
            }
        }
        boolean derived = a.derivation() != null && !a.derivation().isBlank();
        return new ImportedRow(company, cikOnRow, a.metric(), a.period(), billions(a.value()), a.currency(), a.announced(),
                a.sourceUrl(cik), note.toString(), nz(a.tag()), nz(a.form()), nz(a.accession()),
                derived ? Confidence.DERIVED : Confidence.REPORTED);
    }

    /** Units of 1 as billions, rounded half up to six decimals, in plain notation without trailing zeros. */
    static BigDecimal billions(BigDecimal units) {
        BigDecimal b = units.divide(BILLION).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    /** Why the dataset cannot take this value, or null when it can. */
    String refusal() {
        if (billions.signum() < 0) {
            return "negative";
        }
        if (billions.abs().compareTo(MAX) > 0) {
            return "over " + MAX.toPlainString() + "B";
        }
        return null;
    }

    /** "$12.0B", "TWD 1,234.5B": one decimal at least, three at most. */
    static String money(BigDecimal billions, String currency) {
        BigDecimal shown = billions.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (shown.scale() < 1) {
            shown = shown.setScale(1);
        }
        String n = shown.toPlainString();
        return "USD".equals(currency) ? "$" + n + "B" : currency + " " + n + "B";
    }

    Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("company", company);
        f.put("cik", cikOnRow);
        f.put("metric", metric);
        f.put("kind", Kind.ACTUAL.code());
        f.put("period", period.label());
        f.put("value", billions.toPlainString());
        f.put("currency", currency);
        f.put("unit", Unit.BILLIONS.code());
        f.put("announced", announced.toString());
        f.put("source", source);
        f.put("note", note);
        f.put("tag", tag);
        f.put("form", form);
        f.put("accession", accession);
        f.put("confidence", confidence.code());
        return f;
    }

    /** Whether an imported figure already in the dataset says exactly this. */
    boolean sameAs(Figure f) {
        BigDecimal existing = f.amount().central().multiply(f.unit().toBillions());
        return existing.compareTo(billions) == 0 && f.currency().equals(currency) && f.source().equals(source)
                && f.note().equals(note) && f.tag().equals(tag) && f.form().equals(form) && f.accession().equals(accession)
                && f.confidence() == confidence && (cikOnRow.isEmpty() || f.company().cik() == Long.parseLong(cikOnRow));
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }
}
