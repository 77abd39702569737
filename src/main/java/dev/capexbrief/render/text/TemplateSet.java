package dev.capexbrief.render.text;

import dev.capexbrief.analysis.Briefing;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A set of briefing templates and its theme: a folder on disk (edited by users without a rebuild)
 * or the copy packaged in the jar. A file missing from a folder falls back to the packaged copy, so
 * an older template set keeps working when a release adds a template.
 */
public final class TemplateSet {
    /** Where the build packages {@code templates/} inside the jar. */
    public static final String BUNDLED_ROOT = "/dev/capexbrief/templates/";
    private static final String THEME = "theme.yaml";

    private final Path folder;
    private final TemplateEngine engine;
    private final Theme theme;

    private TemplateSet(Path folder) {
        this.folder = folder;
        this.engine = new TemplateEngine(loader(folder), this::describe);
        this.theme = has(THEME)
                ? new ThemeReader(describe(THEME), this::has).read(new String(file(THEME), StandardCharsets.UTF_8))
                : Theme.defaults();
    }

    /** The templates in {@code folder}, or the bundled ones when {@code folder} is null. */
    public static TemplateSet load(Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new TemplateProblemException("template folder not found: " + folder,
                    new java.nio.file.NoSuchFileException(folder.toString()));
        }
        return new TemplateSet(folder == null ? null : folder.toAbsolutePath().normalize());
    }

    public Theme theme() {
        return theme;
    }

    /** The folder the templates come from, or null for the bundled set. */
    public Path folder() {
        return folder;
    }

    /** Every piece of narrative for a briefing. */
    public BriefingText text(Briefing briefing) {
        Map<String, Object> model = model(briefing);
        TextBlock title = TextBlock.parse(render("title.ftl", model));
        if (title.heading().isEmpty()) {
            throw new TemplateProblemException(describe("title.ftl") + ": is empty; its first line is the briefing title");
        }
        Map<BriefingSection, TextBlock> sections = new EnumMap<>(BriefingSection.class);
        for (BriefingSection s : BriefingSection.values()) {
            sections.put(s, block(s.template(), model));
        }
        return new BriefingText(title, takeaways(model), sections, id -> block("exhibits/" + id + ".ftl", model),
                paragraphs(render("data-age.ftl", model)));
    }

    /**
     * Loads and parses every template the bundled INDEX lists, so a briefing's first render does not
     * wait for FreeMarker: a cold start runs this on the second core while the analysis runs on the
     * first. Problems are reported when a template is rendered, as without it.
     */
    public void prepare() {
        try {
            bundledFiles().stream().filter(name -> name.endsWith(".ftl")).forEach(engine::prepare);
        } catch (IOException e) {
            // nothing prepared: each template is loaded when it is first rendered
        }
    }

    /** The files of the template set packaged in the jar, as its {@code INDEX} lists them. */
    public static List<String> bundledFiles() throws IOException {
        try (InputStream index = TemplateSet.class.getResourceAsStream(BUNDLED_ROOT + "INDEX")) {
            if (index == null) {
                return List.of();
            }
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(name -> !name.isEmpty() && !name.startsWith("#") && !name.contains("..")).toList();
        }
    }

    /** The plain-text summary for an email body ({@code summary.txt.ftl}). */
    public String emailSummary(Briefing briefing) {
        return render("summary.txt.ftl", model(briefing)).strip() + "\n";
    }

    /** The values every template of this set sees for a briefing, with the theme's firm and company limit. */
    public Map<String, Object> model(Briefing briefing) {
        return NarrativeModel.of(briefing, theme.firmName(), theme.topCompanies());
    }

    /** Renders one template of the set with a model of maps, lists, strings and numbers. */
    public String render(String name, Map<String, ?> model) {
        return engine.render(name, model);
    }

    /** The bytes of a file of the set (logo, fonts), from the folder or else from the bundled copy. */
    public byte[] file(String name) {
        requireInside(name);
        try {
            Path local = local(name);
            if (local != null) {
                ResourceBounds.requireSize(describe(name), name, Files.size(local));
                return Files.readAllBytes(local);
            }
            try (InputStream in = TemplateSet.class.getResourceAsStream(BUNDLED_ROOT + name)) {
                if (in == null) {
                    throw new TemplateProblemException(describe(name) + ": not found in the template set");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(describe(name) + ": cannot be read", e);
        }
    }

    /** True when the set (or the bundled copy behind it) has the file. */
    public boolean has(String name) {
        if (!safeName(name)) {
            return false;
        }
        return local(name) != null || TemplateSet.class.getResource(BUNDLED_ROOT + name) != null;
    }

    /** The path printed in messages: the file in the folder, or {@code templates/NAME (bundled)}. */
    public String describe(String name) {
        if (folder != null && safeName(name) && local(name) != null) {
            return folder.resolve(name).toString();
        }
        return "templates/" + name + (folder == null ? "" : " (bundled)");
    }

    /** The file inside the folder, or null when absent or when it would lead out of the folder. */
    private Path local(String name) {
        if (folder == null || !safeName(name)) {
            return null;
        }
        Path p = folder.resolve(name).normalize();
        try {
            if (!p.startsWith(folder) || !Files.isRegularFile(p)
                    || !p.toRealPath().startsWith(folder.toRealPath())) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return p;
    }

    private static boolean safeName(String name) {
        return name != null && !name.isEmpty() && !name.startsWith("/") && !name.contains("\\")
                && !name.contains(":") && List.of(name.split("/")).stream().noneMatch(".."::equals);
    }

    private void requireInside(String name) {
        if (!safeName(name)) {
            throw new TemplateProblemException("'" + name + "' is not a file inside the template set");
        }
    }

    private TextBlock block(String name, Map<String, Object> model) {
        return TextBlock.parse(render(name, model));
    }

    /** Paragraphs separated by blank lines, each joined into one line; none for an empty text. */
    private static List<String> paragraphs(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            String line = String.join(" ", p.strip().lines().map(String::strip).toList());
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private List<String> takeaways(Map<String, Object> model) {
        List<String> items = TextBlock.bullets(render("takeaways.ftl", model));
        if (items.isEmpty() || items.size() > 5) {
            throw new TemplateProblemException(describe("takeaways.ftl") + ": wrote " + items.size()
                    + " takeaways; write 1 to 5 (3 to 5 is the house style), each on a line starting with \"- \"");
        }
        return items;
    }

    private static TemplateLoader loader(Path folder) {
        TemplateLoader bundled = new ClassTemplateLoader(TemplateSet.class, BUNDLED_ROOT);
        if (folder == null) {
            return bundled;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[]{new BoundedTemplateLoader(new FileTemplateLoader(folder.toFile())), bundled});
        } catch (IOException e) {
            throw new IllegalArgumentException("template folder cannot be read: " + folder, e);
        }
    }
}
