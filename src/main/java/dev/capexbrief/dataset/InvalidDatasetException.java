package dev.capexbrief.dataset;

import java.util.List;

/** The dataset has errors; every one is listed, in file order. */
public final class InvalidDatasetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidDatasetException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the dataset; first: " + (problems.isEmpty() ? "" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
