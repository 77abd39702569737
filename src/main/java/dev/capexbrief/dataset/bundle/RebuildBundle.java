package dev.capexbrief.dataset.bundle;

import dev.capexbrief.dataset.InvalidDatasetException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * {@code src/data/rebuild}: writes the bundled dataset from {@code ../shared/data} and the recipe
 * {@code src/data/bundle.yaml}, or with {@code --check} says whether the committed file is what
 * the build produces. Exit codes: 0 done (or up to date), 1 the committed file differs
 * ({@code --check}) or the inputs are invalid, 2 usage, 3 a file could not be read or written.
 */
public final class RebuildBundle {
    private RebuildBundle() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        List<String> a = Arrays.asList(args);
        boolean check = a.contains("--check");
        List<String> paths = a.stream().filter(s -> !s.equals("--check")).toList();
        if (paths.size() != 3 || paths.stream().anyMatch(s -> s.startsWith("-"))) {
            System.err.println("usage: RebuildBundle [--check] SHARED_DATA_DIR RECIPE DATASET");
            return 2;
        }
        Path shared = Path.of(paths.get(0));
        Path recipeFile = Path.of(paths.get(1));
        Path target = Path.of(paths.get(2));
        try {
            BundleRecipe recipe = BundleRecipe.load(recipeFile);
            BundleBuilder builder = new BundleBuilder(shared, recipe);
            Path dir = target.toAbsolutePath().getParent();
            byte[] built = builder.buildBytes(dir);
            builder.report().forEach(System.out::println);
            byte[] committed = Files.exists(target) ? Files.readAllBytes(target) : null;
            if (check) {
                if (committed != null && Arrays.equals(committed, built)) {
                    System.out.println(target + " is what the build produces");
                    return 0;
                }
                System.err.println(target + " differs from the build" + firstDifference(committed, built)
                        + "; run src/data/rebuild and commit the result");
                return 1;
            }
            if (committed != null && Arrays.equals(committed, built)) {
                System.out.println(target + " is up to date; nothing was written");
                return 0;
            }
            Path part = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try {
                Files.write(part, built);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
            long figures = new String(built, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  - {company:")).count();
            System.out.println("wrote " + target + ": " + figures + " figures");
            return 0;
        } catch (InvalidDatasetException e) {
            System.err.println("rebuild: the dataset built is invalid: " + e.getMessage().lines().findFirst().orElse(""));
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("rebuild: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("rebuild: " + e.getMessage());
            return 3;
        }
    }

    private static String firstDifference(byte[] committed, byte[] built) {
        if (committed == null) {
            return " (it does not exist)";
        }
        List<String> a = new String(committed, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(built, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end of file)";
            String y = i < b.size() ? b.get(i) : "(end of file)";
            if (!x.equals(y)) {
                return " from line " + (i + 1);
            }
        }
        return " in its line endings";
    }
}
