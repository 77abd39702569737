package dev.capexbrief.dataset.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the bundled dataset is made from the team's research tables and the SEC payloads: the
 * committed decisions ({@code src/data/bundle.yaml}) that {@link BundleBuilder} applies to the inputs
 * in {@code ../shared/data}. Everything a person decided (which reading of two to keep, what a
 * "~$200B" means, which period a share move reacts to) is a rule here with its reason, so a re-run
 * gives the same file and the next quarter's update is new research rows plus, where needed, a rule.
 *
 * @param header        the comment block the dataset opens with, verbatim
 * @param research      research CSVs under the shared data folder, oldest first (a later file's
 *                      reading of the same figure joins an earlier one's)
 * @param edgar         the companyfacts payloads to import, and from which fiscal year
 * @param primaryHosts  hosts whose pages are the company's own release or filing
 * @param companies     the companies, in the dataset's order, each with its guidance basis
 * @param fxComment     the comment above the FX table
 * @param fx            the FX table
 * @param rules         per-row decisions, applied in order
 */
public record BundleRecipe(String header, List<String> research, Edgar edgar,
                           @JsonProperty("primary_hosts") List<String> primaryHosts,
                           List<CompanyEntry> companies, @JsonProperty("fx_comment") String fxComment,
                           List<FxEntry> fx, List<Rule> rules) {
    public BundleRecipe {
        header = Objects.requireNonNullElse(header, "");
        research = List.copyOf(Objects.requireNonNull(research, "research"));
        edgar = Objects.requireNonNullElse(edgar, new Edgar(0, List.of()));
        primaryHosts = primaryHosts == null ? List.of() : List.copyOf(primaryHosts);
        companies = List.copyOf(Objects.requireNonNull(companies, "companies"));
        fxComment = Objects.requireNonNullElse(fxComment, "");
        fx = fx == null ? List.of() : List.copyOf(fx);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * @param fromYear the first fiscal year imported; earlier periods stay with the research rows
     * @param passes   payload files (relative to the shared data folder) imported in turn; one pass
     *                 holds one payload per company, and a later pass adds what a later payload reaches
     */
    public record Edgar(@JsonProperty("from_year") int fromYear, List<List<String>> passes) {
        public Edgar {
            passes = passes == null ? List.of() : passes.stream().map(List::copyOf).toList();
        }
    }

    /** A company as the dataset lists it, and the metric its capex guidance is stated on. */
    public record CompanyEntry(String id, String name, @JsonProperty("fiscal_year_end") int fiscalYearEnd, Long cik,
                               String basis) {
        public CompanyEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    public record FxEntry(String currency, @JsonProperty("usd_per_unit") String usdPerUnit,
                          @JsonProperty("as_of") String asOf, String source) {
    }

    /**
     * One decision: the research rows it applies to ({@code match}: CSV field → value, a trailing
     * {@code *} matching any ending), and either {@code drop} (the reason it is left out) or
     * {@code set} (fields to change, dataset names) with {@code why}. A rule that matches no row is
     * an error, so a recipe never carries decisions about rows that are gone.
     */
    public record Rule(Map<String, String> match, String drop, Map<String, String> set, String why) {
        public Rule {
            match = match == null ? Map.of() : new LinkedHashMap<>(match);
            set = set == null ? Map.of() : new LinkedHashMap<>(set);
            if (match.isEmpty()) {
                throw new IllegalArgumentException("a rule needs a match");
            }
            if ((drop == null) == set.isEmpty()) {
                throw new IllegalArgumentException("rule " + match + " needs either drop: (a reason) or set: with why:");
            }
            if (drop == null && (why == null || why.isBlank())) {
                throw new IllegalArgumentException("rule " + match + " sets fields without saying why:");
            }
        }

        boolean matches(ResearchRow row) {
            for (Map.Entry<String, String> m : match.entrySet()) {
                String have = row.raw(m.getKey());
                String want = m.getValue();
                boolean ok = want.endsWith("*") ? have.startsWith(want.substring(0, want.length() - 1)) : have.equals(want);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Reads a recipe; an unknown key is an error naming it. */
    public static BundleRecipe load(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readValue(in, BundleRecipe.class);
        } catch (JsonMappingException e) {
            throw new IOException(file + ": " + e.getOriginalMessage().lines().findFirst().orElse("invalid recipe")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
    }
}
