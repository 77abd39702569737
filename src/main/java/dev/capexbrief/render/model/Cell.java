package dev.capexbrief.render.model;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    /** An amount in report-currency billions, with its evidence marks; {@code derivation} null for an input. */
    record Money(BigDecimal value, String label, Set<Mark> marks, String sub, Derivation derivation) implements Cell {
        public Money {
            // an immutable set is kept as it is: a 20,000-company table builds millions of cells
            marks = Set.copyOf(marks);
            sub = sub == null ? "" : sub;
        }

        @Override
        public String text() {
            return label + symbolsNotInLabel();
        }

        /** The symbols of the marks, less a floor's "+" when the label already says so ("over $100B", "$317.5B+"). */
        public String symbolsNotInLabel() {
            String symbols = Mark.symbols(marks);
            boolean said = label.endsWith("+") || label.startsWith("over ");
            return said ? symbols.replace("+", "") : symbols;
        }
    }

    /** A ratio shown as a percentage ("+41.0%", "31.5%"); {@code signed} for growth. */
    record Percent(BigDecimal ratio, String label, boolean signed, String sub, Derivation derivation)
            implements Cell {
        public Percent {
            sub = sub == null ? "" : sub;
        }

        @Override
        public String text() {
            return label;
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

    /** Words: a period, a status, a "from → to"; {@code strong} when set in bold. */
    record Text(String text, String sub, boolean strong) implements Cell {
        public Text {
            text = text == null ? "" : text;
            sub = sub == null ? "" : sub;
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
