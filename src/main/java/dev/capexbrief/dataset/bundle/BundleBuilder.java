package dev.capexbrief.dataset.bundle;

import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.edgar.BadPayloadException;
import dev.capexbrief.dataset.edgar.DatasetMerge;
import dev.capexbrief.dataset.edgar.MergeSummary;
import dev.capexbrief.dataset.edgar.ParserFacade;
import dev.capexbrief.dataset.edgar.ReportedActual;
import dev.capexbrief.dataset.edgar.ReportedCompany;
import dev.capexbrief.dataset.edit.DatasetEditor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the bundled dataset from the research tables and the SEC payloads, as the recipe says:
 * <ol>
 *   <li>the recipe's rules drop or amend research rows (each with its reason);</li>
 *   <li>{@code unverified} rows are left out; {@code capex} rows take the company's guidance basis; an
 *       undated annual actual takes the day of that year's fourth-quarter release;</li>
 *   <li>a research actual that an imported payload reaches (same company, metric and period) gives way
 *       to the filing;</li>
 *   <li>two readings of one figure (same company, metric, kind, period and day) become one row when
 *       they agree (the more precise value, both sources); when they disagree the build stops and
 *       asks for a rule;</li>
 *   <li>a {@code single-source} row is kept only where no verified row states the same figure, and
 *       carries its confidence;</li>
 *   <li>sources keep the company's own release or filing where one is cited (a quoted accession
 *       becomes the filing's EDGAR page), else the pages cited;</li>
 *   <li>the research rows are written, then each payload pass is merged in by the EDGAR importer,
 *       exactly as {@code capexbrief import edgar --into} would.</li>
 * </ol>
 * The build either produces a dataset the readers accept or fails with one line naming the file
 * and line to fix.
 */
public final class BundleBuilder {
    private static final Pattern ACCESSION = Pattern.compile("\\b(\\d{10})-(\\d{2})-(\\d{6})\\b");
    private static final String COMPANYFACTS = "https://data.sec.gov/api/xbrl/companyfacts/";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})");

    private final Path shared;
    private final BundleRecipe recipe;
    private final List<String> report = new ArrayList<>();

    /** @param shared the folder holding the research CSVs and {@code companyfacts/} */
    public BundleBuilder(Path shared, BundleRecipe recipe) {
        this.shared = shared;
        this.recipe = recipe;
    }

    /** What the last build did, one line per step. */
    public List<String> report() {
        return List.copyOf(report);
    }

    /** Writes the dataset to {@code out} (which must not exist yet). */
    public void build(Path out) throws IOException, InvalidDatasetException {
        report.clear();
        Map<Long, String> idByCik = new HashMap<>();
        Map<String, BundleRecipe.CompanyEntry> companies = new LinkedHashMap<>();
        for (BundleRecipe.CompanyEntry c : recipe.companies()) {
            if (companies.put(c.id(), c) != null) {
                throw new IllegalArgumentException("recipe lists company " + c.id() + " twice");
            }
            if (c.cik() != null) {
                idByCik.put(c.cik(), c.id());
            }
        }
        List<List<ReportedCompany>> passes = readPasses(idByCik);
        Set<String> reached = new HashSet<>();
        for (List<ReportedCompany> pass : passes) {
            for (ReportedCompany rc : pass) {
                for (ReportedActual a : rc.actuals()) {
                    reached.add(idByCik.get(rc.cik()) + "|" + a.metric() + "|" + a.period().label());
                }
            }
        }
        List<ResearchRow> rows = research(companies, reached);
        Files.writeString(out, text(rows, companies), StandardCharsets.UTF_8);
        new DatasetReader().read(out, out.getFileName().toString());
        for (List<ReportedCompany> pass : passes) {
            DatasetMerge.Result r = new DatasetMerge().merge(out, pass, Map.of(), false);
            for (MergeSummary s : r.companies()) {
                report.add("import: " + s.line());
            }
        }
        new DatasetReader().read(out, out.getFileName().toString());
    }

    private List<List<ReportedCompany>> readPasses(Map<Long, String> idByCik) throws IOException, InvalidDatasetException {
        List<List<ReportedCompany>> passes = new ArrayList<>();
        for (List<String> files : recipe.edgar().passes()) {
            List<Path> paths = files.stream().map(shared::resolve).toList();
            List<ReportedCompany> pass = new ArrayList<>();
            List<? extends ReportedCompany> read;
            try {
                read = new ParserFacade().read(paths, Set.of(), Set.of());
            } catch (BadPayloadException e) {
                throw new IOException(e.getMessage(), e);
            }
            for (ReportedCompany rc : read) {
                if (!idByCik.containsKey(rc.cik())) {
                    throw new IllegalArgumentException("payload for CIK " + rc.cik() + " (" + rc.entityName()
                            + ") names no company of the recipe; add the company with its cik");
                }
                pass.add(new FromYear(rc, recipe.edgar().fromYear()));
            }
            passes.add(pass);
        }
        return passes;
    }

    /** A payload's actuals from the recipe's first fiscal year on. */
    private record FromYear(ReportedCompany rc, int from) implements ReportedCompany {
        @Override public long cik() { return rc.cik(); }
        @Override public String entityName() { return rc.entityName(); }
        @Override public Month fiscalYearEnd() { return rc.fiscalYearEnd(); }
        @Override public String ticker() { return rc.ticker(); }

        @Override
        public List<? extends ReportedActual> actuals() {
            return rc.actuals().stream().filter(a -> fiscalYear(a.period().label()) >= from).toList();
        }
    }

    private static int fiscalYear(String label) {
        Matcher m = FISCAL_YEAR.matcher(label);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private List<ResearchRow> research(Map<String, BundleRecipe.CompanyEntry> companies, Set<String> reached)
            throws IOException {
        List<ResearchRow> rows = new ArrayList<>();
        for (int i = 0; i < recipe.research().size(); i++) {
            rows.addAll(ResearchRow.read(shared.resolve(recipe.research().get(i)), i));
        }
        int read = rows.size();
        int[] used = new int[recipe.rules().size()];
        List<ResearchRow> kept = new ArrayList<>();
        int ruled = 0;
        int unverified = 0;
        int filed = 0;
        rowLoop:
        for (ResearchRow row : rows) {
            for (int r = 0; r < recipe.rules().size(); r++) {
                BundleRecipe.Rule rule = recipe.rules().get(r);
                if (!rule.matches(row)) {
                    continue;
                }
                used[r]++;
                if (rule.drop() != null) {
                    ruled++;
                    continue rowLoop;
                }
                rule.set().forEach((k, v) -> {
                    if (!row.out.containsKey(k)) {
                        throw new IllegalArgumentException("rule " + rule.match() + " sets " + k
                                + ", which is not a dataset field; set one of " + row.out.keySet());
                    }
                    row.out.put(k, v);
                });
            }
            String confidence = row.get("confidence");
            if (confidence.equals("unverified")) {
                unverified++;
                continue;
            }
            if (!confidence.equals("verified") && !confidence.equals("single-source")) {
                throw new IllegalArgumentException(row.where() + ": confidence \"" + confidence
                        + "\" is none of verified, single-source, unverified");
            }
            BundleRecipe.CompanyEntry company = companies.get(row.get("company"));
            if (company == null) {
                throw new IllegalArgumentException(row.where() + ": company " + row.get("company")
                        + " is not in the recipe's companies; add it, or a rule that drops the row");
            }
            if (row.get("metric").equals("capex") && company.basis() != null) {
                row.out.put("metric", company.basis());
            }
            checkDay(row);
            if (row.get("kind").equals("actual")
                    && reached.contains(company.id() + "|" + row.get("metric") + "|" + row.get("period"))) {
                filed++;
                continue;
            }
            kept.add(row);
        }
        for (int r = 0; r < used.length; r++) {
            if (used[r] == 0) {
                throw new IllegalArgumentException("recipe rule " + (r + 1) + " " + recipe.rules().get(r).match()
                        + " matches no research row; remove it");
            }
        }
        datedByFourthQuarter(kept);
        List<ResearchRow> gaps = gapsOnly(kept);
        List<ResearchRow> out = mergeReadings(gaps);
        out.forEach(r -> r.out.put("source", primary(r.get("source"), companies.get(r.get("company")))));
        report.add("research: " + read + " rows read; " + ruled + " left out by the recipe's rules, " + unverified
                + " unverified, " + filed + " given way to the filings imported; " + (kept.size() - gaps.size())
                + " single-source rows left out beside a verified one; " + (gaps.size() - out.size())
                + " second readings joined; " + out.size() + " written ("
                + out.stream().filter(r -> r.get("confidence").equals("single-source")).count() + " single-source)");
        out.forEach(r -> {
            if (r.get("confidence").equals("verified")) {
                r.out.put("confidence", "");
            }
        });
        return out;
    }

    /**
     * An annual actual the research left undated takes the day of the company's fourth-quarter
     * release of that year, which carries the full-year cash-flow statement.
     */
    private static void datedByFourthQuarter(List<ResearchRow> rows) {
        Map<String, String> q4Day = new HashMap<>();
        for (ResearchRow r : rows) {
            if (r.get("kind").equals("actual") && r.get("period").matches("FY\\d{4}Q4") && !r.get("announced").isEmpty()) {
                q4Day.merge(r.get("company") + "|" + r.get("period").substring(0, 6), r.get("announced"),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        for (ResearchRow r : rows) {
            if (r.get("kind").equals("actual") && FISCAL_YEAR.matcher(r.get("period")).matches() && r.get("announced").isEmpty()) {
                String day = q4Day.get(r.get("company") + "|" + r.get("period"));
                if (day != null) {
                    r.out.put("announced", day);
                    String note = r.get("note");
                    r.out.put("note", (note.isEmpty() ? "" : note + " ") + "(dated by the " + r.get("period")
                            + " fourth-quarter release of " + day + ", which carries the full year)");
                }
            }
        }
    }

    private static void checkDay(ResearchRow row) {
        String day = row.get("announced");
        if (day.isEmpty()) {
            if (row.get("kind").equals("guidance")) {
                throw new IllegalArgumentException(row.describe() + ": guidance without an announced day;"
                        + " add a rule that sets it (with why) or drops the row");
            }
            return;
        }
        if (!DAY.matcher(day).matches()) {
            throw new IllegalArgumentException(row.describe() + ": announced \"" + day
                    + "\" is not a day (YYYY-MM-DD); add a rule that sets it (with why) or drops the row");
        }
        try {
            LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(row.describe() + ": announced \"" + day + "\" is not a calendar day");
        }
    }

    private record Key(String company, String metric, String kind, String period, String announced) {
        static Key of(ResearchRow r) {
            return new Key(r.get("company"), r.get("metric"), r.get("kind"), r.get("period"), r.get("announced"));
        }
    }

    /** Two readings of one figure become one when they agree; a disagreement stops the build. */
    private static List<ResearchRow> mergeReadings(List<ResearchRow> rows) {
        Map<Key, List<ResearchRow>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(Key.of(r), k -> new ArrayList<>()).add(r));
        List<ResearchRow> out = new ArrayList<>();
        for (List<ResearchRow> same : byKey.values()) {
            ResearchRow best = same.get(0);
            for (ResearchRow r : same.subList(1, same.size())) {
                if (!agree(best, r)) {
                    throw new IllegalArgumentException("two readings disagree: " + best.describe() + " and "
                            + r.describe() + "; add a rule to src/data/bundle.yaml that drops one, with the reason");
                }
                if (better(r, best)) {
                    r.out.put("source", joinSources(r.get("source"), best.get("source")));
                    if (best.get("confidence").equals("verified")) {
                        r.out.put("confidence", "verified");
                    }
                    best = r;
                } else {
                    best.out.put("source", joinSources(best.get("source"), r.get("source")));
                    if (r.get("confidence").equals("verified")) {
                        best.out.put("confidence", "verified");
                    }
                }
            }
            out.add(best);
        }
        return out;
    }

    /** Which of two agreeing readings the row keeps: a point over a floor, then the more precise, then the newer research. */
    private static boolean better(ResearchRow r, ResearchRow best) {
        boolean rFloor = r.get("qualifier").equals("at_least");
        boolean bestFloor = best.get("qualifier").equals("at_least");
        if (rFloor != bestFloor) {
            return bestFloor;
        }
        return scale(r) > scale(best) || (scale(r) == scale(best) && r.fileIndex > best.fileIndex);
    }

    /** Whether two readings state the same figure: equal bounds and qualifier, values equal at the coarser precision. */
    private static boolean agree(ResearchRow a, ResearchRow b) {
        if (!a.get("currency").equals(b.get("currency")) || !a.get("unit").equals(b.get("unit"))) {
            return false;
        }
        if (floorMet(a, b) || floorMet(b, a)) {
            return true;
        }
        if (!a.get("qualifier").equals(b.get("qualifier")) || !a.get("currency").equals(b.get("currency"))
                || !a.get("unit").equals(b.get("unit"))) {
            return false;
        }
        for (String f : List.of("value", "low", "high")) {
            String x = a.get(f);
            String y = b.get(f);
            if (x.isEmpty() != y.isEmpty()) {
                return false;
            }
            if (x.isEmpty()) {
                continue;
            }
            BigDecimal p = new BigDecimal(x);
            BigDecimal q = new BigDecimal(y);
            int coarse = Math.min(p.scale(), q.scale());
            if (p.setScale(coarse, java.math.RoundingMode.HALF_UP).compareTo(q.setScale(coarse, java.math.RoundingMode.HALF_UP)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** A floor ("more than $21B") and a point value at or above it (21.215) state the same figure. */
    private static boolean floorMet(ResearchRow floor, ResearchRow point) {
        return floor.get("qualifier").equals("at_least") && point.get("qualifier").isEmpty()
                && !floor.get("value").isEmpty() && !point.get("value").isEmpty()
                && new BigDecimal(point.get("value")).compareTo(new BigDecimal(floor.get("value"))) >= 0;
    }

    private static int scale(ResearchRow r) {
        String v = r.get("value").isEmpty() ? r.get("low") : r.get("value");
        return v.isEmpty() ? 0 : new BigDecimal(v).scale();
    }

    /** Single-source rows stay only where no verified row states the same figure. */
    private static List<ResearchRow> gapsOnly(List<ResearchRow> rows) {
        Set<String> verified = new HashSet<>();
        rows.stream().filter(r -> r.get("confidence").equals("verified")).forEach(r -> verified.add(gapKey(r)));
        return rows.stream().filter(r -> !r.get("confidence").equals("single-source") || !verified.contains(gapKey(r)))
                .toList();
    }

    /** An actual is the same figure whenever it was announced; a guidance statement is its day's. */
    private static String gapKey(ResearchRow r) {
        return r.get("company") + "|" + r.get("metric") + "|" + r.get("kind") + "|" + r.get("period")
                + (r.get("kind").equals("guidance") ? "|" + r.get("announced") : "");
    }

    private static String joinSources(String first, String second) {
        Set<String> parts = new LinkedHashSet<>(splitSources(first));
        parts.addAll(splitSources(second));
        return String.join(" | ", parts);
    }

    private static List<String> splitSources(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\s+\\|\\s+")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /**
     * The sources a row keeps: the company's own releases and filings where any is cited (a quoted
     * accession number becomes that filing's page on EDGAR), else the first web page cited (the
     * research lists its best first), else the first note.
     */
    String primary(String source, BundleRecipe.CompanyEntry company) {
        List<String> own = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String part : splitSources(source)) {
            if (isUrl(part)) {
                // a page cited with a remark ("... (as quoted in ...)"): the link is the page
                String url = part.split("\\s+", 2)[0];
                if (url.equals(COMPANYFACTS) && company.cik() != null) {
                    // the SEC's companyfacts API cited without the company: its payload for this one
                    url = COMPANYFACTS + String.format("CIK%010d.json", company.cik());
                }
                (isPrimaryHost(url) ? own : pages).add(url);
                continue;
            }
            Matcher m = ACCESSION.matcher(part);
            if (m.find() && company.cik() != null) {
                String accession = m.group();
                own.add("https://www.sec.gov/Archives/edgar/data/" + company.cik() + "/" + accession.replace("-", "")
                        + "/" + accession + "-index.htm");
            } else {
                text.add(part);
            }
        }
        if (!own.isEmpty()) {
            return String.join(" | ", new LinkedHashSet<>(own));
        }
        // no release or filing: the first page the research cites (its best), else its first note
        return !pages.isEmpty() ? pages.get(0) : text.isEmpty() ? "" : text.get(0);
    }

    private static boolean isUrl(String s) {
        return s.startsWith("https://") || s.startsWith("http://");
    }

    private boolean isPrimaryHost(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String p : recipe.primaryHosts()) {
            if (h.equals(p) || h.endsWith("." + p)) {
                return true;
            }
        }
        return false;
    }

    private String text(List<ResearchRow> rows, Map<String, BundleRecipe.CompanyEntry> companies) {
        StringBuilder sb = new StringBuilder();
        sb.append(recipe.header().stripTrailing()).append("\n\ncompanies:\n");
        for (BundleRecipe.CompanyEntry c : companies.values()) {
            sb.append("  - {id: ").append(c.id()).append(", name: ").append(c.name())
                    .append(", fiscal_year_end: ").append(c.fiscalYearEnd());
            if (c.cik() != null) {
                sb.append(", cik: ").append(c.cik());
            }
            sb.append("}\n");
        }
        if (!recipe.fx().isEmpty()) {
            sb.append('\n');
            recipe.fxComment().lines().forEach(l -> sb.append(l).append('\n'));
            sb.append("fx:\n");
            for (BundleRecipe.FxEntry fx : recipe.fx()) {
                sb.append("  - {currency: ").append(fx.currency()).append(", usd_per_unit: ").append(fx.usdPerUnit())
                        .append(", as_of: ").append(fx.asOf()).append(", source: \"").append(fx.source()).append("\"}\n");
            }
        }
        sb.append("\nfigures:\n");
        Comparator<ResearchRow> order = Comparator.comparing((ResearchRow r) -> r.get("metric"))
                .thenComparing(r -> r.get("kind"))
                .thenComparing(r -> r.get("period"))
                .thenComparing(r -> r.get("announced"));
        for (BundleRecipe.CompanyEntry c : companies.values()) {
            List<ResearchRow> mine = rows.stream().filter(r -> r.get("company").equals(c.id())).sorted(order).toList();
            if (mine.isEmpty()) {
                continue;
            }
            sb.append("  # ").append(c.name()).append('\n');
            for (ResearchRow r : mine) {
                Map<String, String> f = new LinkedHashMap<>(r.out);
                sb.append(DatasetEditor.yamlLine(f));
            }
        }
        return sb.toString();
    }

    /** Runs a build into a temporary file beside {@code target} and returns its bytes. */
    public byte[] buildBytes(Path scratchDir) throws IOException, InvalidDatasetException {
        Path tmp = Files.createTempFile(scratchDir, "bundle-", ".yaml");
        try {
            Files.delete(tmp);
            build(tmp);
            return Files.readAllBytes(tmp);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
