package dev.capexbrief.render.model;

import dev.capexbrief.analysis.MoneyFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A typed table cell: what it shows ({@link #text()}, exactly as the PDF prints it) and, for
 * numbers, the value behind it and how it was derived, so the workbook can write a number or a
 * live formula. {@code sub} is a smaller second line (a period, a basis, "was $60–65B").
 */
public sealed interface Cell {
    /** The text as printed, marks included. */
    String text();

    /** The second line, or "". */
    default String sub() {
        return "";
    }

    /** The evidence marks of what the cell shows (none for most kinds of cell). */
    default Set<Mark> marks() {
        return Set.of();
    }

    /** The marks whose symbols {@link #text()} prints: the lines of a legend for this cell. */
    default Set<Mark> printedMarks() {
        Set<Mark> marks = marks();
        if (marks.isEmpty()) {
            return marks;
        }
        Set<Mark> out = EnumSet.noneOf(Mark.class);
        String text = text();
        marks.stream().filter(m -> !m.symbol().isEmpty() && text.contains(m.symbol())).forEach(out::add);
        return out;
    }

    /**
     * An amount in report-currency billions, with its evidence marks; {@code derivation} null for an
     * input. {@code decimals} is its figure's precision, decided once ({@link MoneyFormat#decimals(BigDecimal,
     * BigDecimal)} for a stated figure): the label prints it and the workbook's number format shows it.
     */
    record Money(BigDecimal value, String label, Set<Mark> marks, String sub, Derivation derivation, int decimals)
            implements Cell {
        public Money {
            // an immutable set is kept as it is: a 20,000-company table builds millions of cells
            marks = Set.copyOf(marks);
            sub = sub == null ? "" : sub;
        }

        /** A computed amount: the rule's decimals for its value. */
        public Money(BigDecimal value, String label, Set<Mark> marks, String sub, Derivation derivation) {
            this(value, label, marks, sub, derivation, MoneyFormat.decimals(value));
        }

        /** The same amount with another line under it and another derivation. */
        Money with(String otherSub, Derivation otherDerivation) {
            return new Money(value, label, marks, otherSub, otherDerivation, decimals);
        }

        @Override
        public String text() {
            return label + symbolsNotInLabel();
        }

        /** The symbols of the marks, less a floor's "+" when the label already says so ("over $100B", "$317.5B+"). */
        public String symbolsNotInLabel() {
            return symbolsAfter(label, marks);
        }

        /** What {@code label} prints after it for {@code marks}: their symbols, less a "+" the label already says. */
        static String symbolsAfter(String label, Set<Mark> marks) {
            String symbols = Mark.symbols(marks);
            boolean said = label.endsWith("+") || label.startsWith("over ");
            return said ? symbols.replace("+", "") : symbols;
        }
    }

    /**
     * A ratio shown as a percentage ("+41.0%", "31.5%", "at most +138.1%"); {@code signed} for growth;
     * {@code marks} the evidence of what it is computed from, their symbols printed after the label;
     * {@code bound} the words the label puts before a growth that is a bound ("at least ", "at most ",
     * {@link dev.capexbrief.analysis.Growths.Bound#words()}), which the workbook's number format prints too.
     */
    record Percent(BigDecimal ratio, String label, boolean signed, String sub, Derivation derivation, Set<Mark> marks,
                   String bound) implements Cell {
        public Percent {
            sub = sub == null ? "" : sub;
            marks = Set.copyOf(marks);
            bound = bound == null ? "" : bound;
        }

        public Percent(BigDecimal ratio, String label, boolean signed, String sub, Derivation derivation, Set<Mark> marks) {
            this(ratio, label, signed, sub, derivation, marks, "");
        }

        public Percent(BigDecimal ratio, String label, boolean signed, String sub, Derivation derivation) {
            this(ratio, label, signed, sub, derivation, Set.of());
        }

        @Override
        public String text() {
            return label + Mark.symbols(marks);
        }
    }

    /**
     * A ratio shown as a multiple ("6.3×": capex is 6.3 times depreciation), with the evidence marks of
     * what it is computed from printed after the label.
     */
    record Multiple(BigDecimal ratio, String label, String sub, Derivation derivation, Set<Mark> marks)
            implements Cell {
        public Multiple {
            sub = sub == null ? "" : sub;
            marks = Set.copyOf(marks);
        }

        @Override
        public String text() {
            return label + Mark.symbols(marks);
        }
    }

    /** A plain number that is not an amount (an FX rate), written as {@code text}. */
    record Number(BigDecimal value, String text) implements Cell {
    }

    /** A day. */
    record Day(LocalDate date, String sub) implements Cell {
        public Day {
            sub = sub == null ? "" : sub;
        }

        @Override
        public String text() {
            return date.toString();
        }
    }

    /**
     * Words: a period, a status, a "from → to"; {@code strong} when set in bold. {@code marks} are
     * the evidence marks of the figures the words give, whose symbols the words already print
     * beside each figure ("$30–35B → $31–35B§").
     */
    record Text(String text, String sub, boolean strong, Set<Mark> marks) implements Cell {
        public Text {
            text = text == null ? "" : text;
            sub = sub == null ? "" : sub;
            marks = Set.copyOf(marks);
        }

        public Text(String text, String sub, boolean strong) {
            this(text, sub, strong, Set.of());
        }
    }

    /** A company: its name, colour swatch (by id) and a second line such as its basis. */
    record Company(String id, String name, String sub) implements Cell {
        public Company {
            sub = sub == null ? "" : sub;
        }

        @Override
        public String text() {
            return name;
        }
    }

    /** The numbers of the briefing's source list a figure cites: "[3, 12]". */
    record Sources(List<Integer> numbers, String unlisted) implements Cell {
        public Sources {
            numbers = List.copyOf(numbers);
            unlisted = unlisted == null ? "" : unlisted;
        }

        @Override
        public String text() {
            if (numbers.isEmpty()) {
                return unlisted;
            }
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < numbers.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(numbers.get(i));
            }
            return sb.append(']').toString();
        }
    }

    /** Nothing to show: "–", "n/a", "no plan", or "". */
    record Blank(String text) implements Cell {
        public Blank {
            text = text == null ? "" : text;
        }
    }

    static Blank dash() {
        return new Blank("\u2013");
    }

    static Blank empty() {
        return new Blank("");
    }

    static Text text(String s) {
        return new Text(s, "", false);
    }
}
