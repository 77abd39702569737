package dev.capexbrief.dataset.edgar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * One pass over one companyfacts payload with a streaming parser: {@code cik}, {@code entityName},
 * and under {@code facts.<taxonomy>.<concept>.units.<unit>} the facts of the mapped concepts; every
 * other value is skipped token by token, never built. Problems are reported where they are.
 */
final class PayloadParser {
    /** companyfacts values are in units of 1; the largest real ones are around 10^15 (TWD). */
    private static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(18);
    private static final int MAX_DECIMALS = 12;
    private static final long MAX_CIK = 9_999_999_999L;
    /** An ISO 4217 code, as companyfacts names currency units; other units are shares, pure, USD/shares... */
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,10}");
    private static final Set<String> ROOT_FIELDS = Set.of("cik", "entityName", "facts");
    private static final Set<String> FACT_FIELDS = Set.of("start", "end", "val", "accn", "fy", "fp", "form", "filed", "frame");

    private final String source;
    private final JsonParser p;
    private final ConceptMap concepts;
    private final LongPredicate wanted;
    private final int maxFacts;
    /** Accessions and forms recur in every fact of a filing: one String each keeps memory to the facts' numbers. */
    private final Map<String, String> strings = new HashMap<>();
    private int factCount;

    PayloadParser(String source, JsonParser parser, ConceptMap concepts, LongPredicate wanted, int maxFacts) {
        this.source = source;
        this.p = parser;
        this.concepts = concepts;
        this.wanted = wanted;
        this.maxFacts = maxFacts;
    }

    /** The company's facts, or empty when its CIK is not wanted (then the rest is not read). */
    Optional<CompanyFacts> read() throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw fail("is empty; a companyfacts payload is a JSON object");
        }
        if (first != JsonToken.START_OBJECT) {
            throw fail("is not a companyfacts payload: it does not start with a JSON object");
        }
        Long cik = null;
        String entityName = "";
        List<ConceptFacts> facts = List.of();
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (ROOT_FIELDS.contains(field)) {
                once(seen, field);
            }
            p.nextToken();
            switch (field) {
                case "cik" -> {
                    cik = cik();
                    if (!wanted.test(cik)) {
                        return Optional.empty();
                    }
                }
                case "entityName" -> entityName = text("entityName", false);
                case "facts" -> facts = taxonomies();
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw fail("has more content after the end of the JSON object");
        }
        if (cik == null) {
            throw fail("has no \"cik\"; a companyfacts payload names its company by CIK");
        }
        if (!wanted.test(cik)) {
            return Optional.empty();
        }
        return Optional.of(new CompanyFacts(cik, entityName == null ? "" : entityName, source, facts));
    }

    private long cik() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            long cik = p.getLongValue();
            if (cik < 1 || cik > MAX_CIK) {
                throw fail("\"cik\" " + cik + " is not a CIK (1 to 10 digits)");
            }
            return cik;
        }
        // third-party copies write it as a string, often zero-padded
        if (t == JsonToken.VALUE_STRING && DIGITS.matcher(p.getText()).matches() && Long.parseLong(p.getText()) > 0) {
            return Long.parseLong(p.getText());
        }
        throw fail("\"cik\" is not a CIK (1 to 10 digits)");
    }

    private List<ConceptFacts> taxonomies() throws IOException {
        expectObject("\"facts\"");
        List<ConceptFacts> out = new ArrayList<>();
        Set<String> taxonomies = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String taxonomy = p.currentName();
            once(taxonomies, taxonomy);
            p.nextToken();
            expectObject("taxonomy \"" + taxonomy + "\"");
            Set<String> mapped = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Concept concept = new Concept(taxonomy, p.currentName());
                boolean kept = concepts.maps(concept);
                if (kept) {
                    once(mapped, concept.tag());
                }
                p.nextToken();
                if (kept) {
                    expectObject(concept.qualified());
                    concept(concept, out);
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }

    private void concept(Concept concept, List<ConceptFacts> out) throws IOException {
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            boolean units = p.currentName().equals("units");
            if (units) {
                once(seen, "units");
            }
            p.nextToken();
            if (units) {
                expectObject(concept.qualified() + ": \"units\"");
                units(concept, out);
            } else {
                p.skipChildren();
            }
        }
    }

    private void units(Concept concept, List<ConceptFacts> out) throws IOException {
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String unit = p.currentName();
            once(seen, unit);
            if (!CURRENCY.matcher(unit).matches()) {
                throw fail(concept.qualified() + ": unit \"" + shorten(unit) + "\" is not a currency;"
                        + " a money concept is reported in an ISO 4217 code such as USD or TWD");
            }
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw fail(concept.qualified() + " " + unit + ": the facts are not a JSON array");
            }
            List<Fact> facts = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                facts.add(fact(concept, unit));
            }
            if (t != JsonToken.END_ARRAY) {
                throw fail(concept.qualified() + " " + unit + ": a fact is not a JSON object");
            }
            out.add(new ConceptFacts(concept, unit, facts));
        }
    }

    /** A fact's fields as they are read, in any order; {@link #fact} checks them once the object ends. */
    private static final class Draft {
        LocalDate start;
        LocalDate end;
        LocalDate filed;
        BigDecimal val;
        String accn;
        Integer fy;
        String fp;
        String form;
        String frame;

        String missing() {
            return end == null ? "end" : val == null ? "val" : accn == null ? "accn"
                    : form == null ? "form" : filed == null ? "filed" : null;
        }
    }

    private Fact fact(Concept concept, String unit) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        String where = concept.qualified() + " " + unit;
        Draft d = new Draft();
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (FACT_FIELDS.contains(field)) {
                once(seen, field);
            }
            p.nextToken();
            switch (field) {
                case "start" -> d.start = date(where, field);
                case "end" -> d.end = date(where, field);
                case "filed" -> d.filed = date(where, field);
                case "val" -> d.val = value(where);
                case "accn" -> d.accn = text(field, false);
                case "fy" -> d.fy = year(where);
                case "fp" -> d.fp = text(field, true);
                case "form" -> d.form = text(field, false);
                case "frame" -> d.frame = text(field, true);
                default -> p.skipChildren();
            }
        }
        if (d.missing() != null) {
            throw fail(at, where + ": a fact has no \"" + d.missing() + "\"");
        }
        if (d.start != null && d.start.isAfter(d.end)) {
            throw fail(at, where + ": a fact starts (" + d.start + ") after it ends (" + d.end + ")");
        }
        if (++factCount > maxFacts) {
            throw fail(at, "has more than " + maxFacts + " facts for the mapped concepts; no company files that many");
        }
        return new Fact(d.start, d.end, d.val, d.accn, d.fy, d.fp, d.form, d.filed, d.frame);
    }

    private BigDecimal value(String where) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal v;
            try {
                v = p.getDecimalValue();
            } catch (NumberFormatException e) {
                // an exponent past what BigDecimal holds, e.g. 1e99999999999
                throw fail(where + ": value " + shorten(p.getText()) + " is out of range (at most 18 digits before the point)");
            }
            if (v.abs().compareTo(MAX_VALUE) >= 0) {
                throw fail(where + ": value " + shorten(p.getText()) + " is out of range (at most 18 digits before the point)");
            }
            if (v.signum() != 0 && v.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw fail(where + ": value " + shorten(p.getText()) + " has more than " + MAX_DECIMALS + " decimal places");
            }
            // a zero written 0e-99999999 keeps that scale, which prints as 100 MB of zeros
            return v.signum() == 0 ? BigDecimal.ZERO : v;
        }
        if (t == JsonToken.VALUE_STRING) {
            throw fail(where + ": value \"" + shorten(p.getText()) + "\" is not a number");
        }
        throw fail(where + ": value " + (t == JsonToken.VALUE_NULL ? "null" : "of this kind") + " is not a number");
    }

    private LocalDate date(String where, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return LocalDate.parse(p.getText());
            } catch (DateTimeException e) {
                // falls through to the message below
            }
        }
        throw fail(where + ": \"" + field + "\" is not a date (yyyy-mm-dd)" + (t == JsonToken.VALUE_STRING ? ": \"" + shorten(p.getText()) + "\"" : ""));
    }

    /** {@code fy} is the filing's fiscal year: a number, null in some facts, a string in some copies. */
    private Integer year(String where) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = p.getText();
        if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_STRING) && text.matches("\\d{4}")) {
            return Integer.valueOf(text);
        }
        throw fail(where + ": \"fy\" is not a year: " + shorten(text));
    }

    private String text(String field, boolean nullable) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return strings.computeIfAbsent(p.getText(), s -> s);
        }
        if (t == JsonToken.VALUE_NULL && nullable) {
            return null;
        }
        throw fail("\"" + field + "\" is not text");
    }

    /**
     * A key that comes twice would make one of its values win silently. Only the keys the import
     * reads are checked: a duplicate inside a skipped concept or label changes nothing.
     */
    private void once(Set<String> seen, String key) throws EdgarFormatException {
        if (!seen.add(key)) {
            throw fail("has the key \"" + shorten(key) + "\" twice in one object");
        }
    }

    private void expectObject(String what) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail(what + " is not a JSON object");
        }
    }

    private EdgarFormatException fail(String problem) {
        return fail(p.currentTokenLocation(), problem);
    }

    private EdgarFormatException fail(JsonLocation at, String problem) {
        return new EdgarFormatException(source, at.getLineNr(), at.getColumnNr(), problem);
    }

    /** Hostile input can put megabytes in one string: a message quotes the start only. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
