package dev.capexbrief.dataset.edgar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capexbrief.dataset.Period;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A tiny stand-in for the companyfacts parser, for testing {@code import edgar} before the real
 * one is merged: capex purchases only, discrete quarters and years as filed (no de-cumulation),
 * December or the latest fiscal-year month, restatements when a later filing changes a value.
 * It reads files, folders and zips like the real facade, and reports malformed JSON the same way.
 */
public final class StandInParser implements FactsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<? extends ReportedCompany> read(List<Path> sources, Set<Long> onlyCiks, Set<String> metrics)
            throws IOException, BadPayloadException {
        List<FakeCompany> out = new ArrayList<>();
        for (Path p : sources) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        add(out, f.getFileName().toString(), Files.readAllBytes(f), onlyCiks, metrics);
                    }
                }
            } else if (p.toString().endsWith(".zip")) {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(p))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        add(out, e.getName(), zip.readAllBytes(), onlyCiks, metrics);
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(p)) {
                    add(out, p.getFileName().toString(), in.readAllBytes(), onlyCiks, metrics);
                }
            }
        }
        return out;
    }

    private static void add(List<FakeCompany> out, String name, byte[] json, Set<Long> only, Set<String> metrics)
            throws BadPayloadException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadPayloadException(name + ": not valid companyfacts JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new BadPayloadException(name + ": " + e.getMessage(), e);
        }
        long cik = root.path("cik").asLong();
        if (!only.isEmpty() && !only.contains(cik)) {
            return;
        }
        if (!metrics.isEmpty() && !metrics.contains("capex_purchases_ppe")) {
            out.add(new FakeCompany(cik, root.path("entityName").asText(), Month.DECEMBER, null, List.of()));
            return;
        }
        JsonNode facts = root.path("facts").path("us-gaap").path("PaymentsToAcquirePropertyPlantAndEquipment").path("units").path("USD");
        Month fye = Month.DECEMBER;
        for (JsonNode f : facts) {
            if ("FY".equals(f.path("fp").asText())) {
                fye = LocalDate.parse(f.path("end").asText()).getMonth();
            }
        }
        Map<Period, List<FakeActual>> byPeriod = new LinkedHashMap<>();
        for (JsonNode f : facts) {
            LocalDate start = LocalDate.parse(f.path("start").asText());
            LocalDate end = LocalDate.parse(f.path("end").asText());
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            Period period = period(end, days, fye);
            if (period == null) {
                continue;
            }
            List<FakeActual> seen = byPeriod.computeIfAbsent(period, k -> new ArrayList<>());
            BigDecimal value = f.path("val").decimalValue();
            FakeActual last = seen.isEmpty() ? null : seen.get(seen.size() - 1);
            if (last != null && last.value().compareTo(value) == 0) {
                continue;
            }
            seen.add(new FakeActual("capex_purchases_ppe", period, value, "USD", LocalDate.parse(f.path("filed").asText()),
                    f.path("form").asText(), f.path("accn").asText(), "PaymentsToAcquirePropertyPlantAndEquipment", "",
                    last != null, last == null ? null : last.value(), start, end));
        }
        List<FakeActual> actuals = new ArrayList<>();
        byPeriod.values().forEach(actuals::addAll);
        out.add(new FakeCompany(cik, root.path("entityName").asText(), fye, null, actuals));
    }

    /** A quarter (80-100 days) or a year (350-380 days) of a fiscal calendar, named for the calendar year it ends in. */
    private static Period period(LocalDate end, long days, Month fye) {
        // a 52/53-week year ends within a week of its month's end: count a period ending early in a month to the month before
        LocalDate e = end.getDayOfMonth() <= 7 ? end.minusDays(end.getDayOfMonth()) : end;
        int monthsAfterYearEnd = Math.floorMod(e.getMonthValue() - fye.getValue(), 12);
        int fiscalYear = monthsAfterYearEnd == 0 ? e.getYear() : e.getYear() + (e.getMonthValue() > fye.getValue() ? 1 : 0);
        if (days >= 350 && days <= 380) {
            return new Period.FiscalYear(fiscalYear);
        }
        if (days >= 80 && days <= 100) {
            int q = monthsAfterYearEnd == 0 ? 4 : (monthsAfterYearEnd + 2) / 3;
            return new Period.FiscalQuarter(fiscalYear, q);
        }
        return null;
    }
}
