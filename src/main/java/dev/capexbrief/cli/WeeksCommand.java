package dev.capexbrief.cli;

import dev.capexbrief.analysis.IsoWeek;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code capexbrief weeks}: the ISO weeks that have announcements, with what was announced. */
@Command(name = "weeks", mixinStandardHelpOptions = true,
        description = "List the ISO weeks with announcements (guidance or dated actuals) and the companies involved.")
final class WeeksCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Dataset d = data.load(spec.commandLine().getErr());
        Map<IsoWeek, List<Figure>> byWeek = d.figures().stream().filter(Figure::announcedStated)
                .collect(Collectors.groupingBy(f -> IsoWeek.of(f.announced()), TreeMap::new, Collectors.toList()));
        o.printf("%-9s %-10s %9s %7s  %s%n", "week", "sunday", "guidance", "other", "companies");
        byWeek.forEach((w, figures) -> {
            long guidance = figures.stream().filter(Figure::isGuidance).count();
            String companies = String.join(", ", figures.stream().map(f -> f.company().id())
                    .collect(Collectors.toCollection(TreeSet::new)));
            o.printf("%-9s %-10s %9d %7d  %s%n", w, w.sunday(), guidance, figures.size() - guidance, companies);
        });
        o.println(byWeek.size() + " week(s) with announcements");
        return ExitCodes.OK;
    }
}
