package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The hand-written companyfacts fixtures of this package, and actuals as lines a test can compare. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportedCompany importOne(String name) {
        try {
            List<ImportedCompany> companies = new EdgarImport().read(List.of(path(name)), Set.of(), Set.of());
            if (companies.size() != 1) {
                throw new IllegalStateException(name + " holds " + companies.size() + " companies");
            }
            return companies.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One metric's actuals, one line each: period value announced form accession tag [derivation] (restated from X) start..end. */
    static List<String> lines(ImportedCompany company, String metric) {
        return company.actuals().stream().filter(a -> a.metric().equals(metric)).map(Fixtures::line).toList();
    }

    static String line(ImportedActual a) {
        return a.period().label() + " " + a.value().toPlainString() + " " + a.currency() + " " + a.announced() + " " + a.form()
                + " " + a.accession() + " " + a.tag() + " [" + a.derivation() + "]"
                + (a.restatement() ? " restated from " + a.previous().toPlainString() : "")
                + " " + a.start() + ".." + a.end();
    }
}
