package dev.capexbrief.dataset.fuzz;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;

import java.io.IOException;

/**
 * The property every reader must keep on any input: it returns a consistent dataset, or refuses
 * with problems that name the file and say something. Any other exception escapes to Jazzer as a
 * finding.
 */
final class FuzzProperty {
    private FuzzProperty() {
    }

    /** Reads one input. */
    @FunctionalInterface
    interface Read {
        Dataset read() throws IOException, InvalidDatasetException;
    }

    static void check(String file, Read read) {
        try {
            Dataset d = read.read();
            for (Figure f : d.figures()) {
                require(f.company() != null && f.period() != null && f.amount() != null && f.kind() != null
                        && f.announced() != null && f.unit() != null, "incomplete figure " + f);
                require(f.amount().central().abs().compareTo(new java.math.BigDecimal("1000000")) <= 0,
                        "value beyond the limit " + f);
            }
            d.warnings().forEach(w -> problem(file, w));
        } catch (InvalidDatasetException e) {
            require(!e.problems().isEmpty(), "refused without a problem");
            require(e.problems().stream().anyMatch(Problem::isError), "refused without an error");
            e.problems().forEach(p -> problem(file, p));
        } catch (IOException e) {
            // allowed by the contract (the CLI reports it as an I/O error, exit 3), but it must say something
            require(e.getMessage() != null && !e.getMessage().isBlank(), "IOException without a message: " + e);
        }
    }

    private static void problem(String file, Problem p) {
        require(file.equals(p.file()), "problem without the file name: " + p);
        require(p.message() != null && !p.message().isBlank(), "problem without a message: " + p);
        require(p.line() >= 0, "negative line: " + p);
        require(p.toString().length() < 2_000, "message too long to read: " + p.toString().length() + " chars");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
