package dev.capexbrief.render.text;

import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.ext.beans.BeansWrapper;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker configured for templates a user edits: nothing can instantiate Java classes
 * ({@code ?new}) or reach the Java API ({@code ?api}), templates load only through the template
 * set's own loader (no paths out of its folder), models are plain maps, lists, strings and numbers,
 * and every failure becomes a {@link TemplateProblemException} naming the file and line.
 */
final class TemplateEngine {
    private static final Pattern FORBIDDEN = Pattern.compile("\\?\\s*(new|api)\\b");
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->|\\[#--.*?--]", Pattern.DOTALL);
    private static final Pattern WHERE = Pattern.compile("\\s*\\[(in template|at) [^]]*]");

    private final Configuration cfg;
    private final TemplateLoader loader;
    private final UnaryOperator<String> displayName;
    private final java.util.Set<Template> interruptible =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * @param loader      where templates come from (the template folder, or the copy in the jar)
     * @param displayName turns a template name into the path printed in messages
     */
    TemplateEngine(TemplateLoader loader, UnaryOperator<String> displayName) {
        this.loader = loader;
        this.displayName = displayName;
        cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(loader);
        cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        cfg.setLocalizedLookup(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
    }

    /**
     * Loads and parses a template ahead of its first render (FreeMarker caches it), on another
     * thread while the data are read; a problem is left for that render to report with its line.
     */
    void prepare(String name) {
        try {
            cfg.getTemplate(name);
        } catch (IOException | RuntimeException e) {
            // reported, with file and line, when the template is rendered
        }
    }

    /**
     * Renders a template with a model of maps, lists, strings, numbers and booleans, within
     * {@link RenderBounds}: a loop without end, a loop that writes without end, and a macro that
     * calls itself without end are each stopped with a message naming the template.
     */
    String render(String name, Map<String, ?> model) {
        refuseForbiddenBuiltIns(name);
        try {
            return RenderBounds.render(checked(cfg.getTemplate(name)), model, displayName.apply(name));
        } catch (TemplateNotFoundException e) {
            throw new TemplateProblemException(displayName.apply(name) + ": template not found; "
                    + "every file listed in the bundled templates/INDEX is needed", e);
        } catch (ParseException e) {
            throw syntaxError(e, name);
        } catch (TemplateException e) {
            if (e.getCause() instanceof ParseException parse) {
                // an #include of a template that does not parse: report the included file's position
                throw syntaxError(parse, name);
            }
            String file = name(e.getTemplateSourceName(), name);
            Integer line = e.getLineNumber();
            // an #include of a missing file arrives wrapped; keep the IOException as the cause (exit 3)
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new TemplateProblemException(displayName.apply(file) + (line == null ? "" : ":" + line) + ": "
                    + oneLine(e.getMessageWithoutStackTop()), cause);
        } catch (IOException e) {
            // FreeMarker caches a failed load: after prepare() a syntax error comes back wrapped in an IOException
            if (e.getCause() instanceof ParseException parse) {
                throw syntaxError(parse, name);
            }
            throw new TemplateProblemException(displayName.apply(name) + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** "templates/title.ftl line 3, column 5: ..." — the text of the template is wrong, not the file (exit 2). */
    private TemplateProblemException syntaxError(ParseException e, String name) {
        String where = e.getLineNumber() > 0
                ? " line " + e.getLineNumber() + (e.getColumnNumber() > 0 ? ", column " + e.getColumnNumber() : "")
                : "";
        return new TemplateProblemException(displayName.apply(name(e.getTemplateName(), name)) + where
                + ": syntax error: " + oneLine(e.getEditorMessage()), e);
    }

    /**
     * The template with FreeMarker's thread-interruption checks in every loop and macro body, added
     * once per loaded template (FreeMarker caches it), so {@link RenderBounds} can stop a render.
     */
    private Template checked(Template template) {
        synchronized (interruptible) {
            if (interruptible.add(template)) {
                freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
            }
        }
        return template;
    }

    /**
     * Refuses {@code ?new} and {@code ?api} anywhere in the template, not only on the branch that
     * happens to run, so a template set is either safe or rejected up front.
     */
    private void refuseForbiddenBuiltIns(String name) {
        String source = source(name);
        if (source == null) {
            return;
        }
        Matcher comments = COMMENT.matcher(source);
        StringBuilder code = new StringBuilder(source.length());
        int last = 0;
        while (comments.find()) {
            code.append(source, last, comments.start());
            code.append(comments.group().replaceAll("[^\n]", " "));
            last = comments.end();
        }
        code.append(source.substring(last));
        Matcher m = FORBIDDEN.matcher(code);
        if (m.find()) {
            int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            throw new TemplateProblemException(displayName.apply(name) + ":" + line + ": ?" + m.group(1)
                    + " is not allowed in capexbrief templates (it gives a template access to Java objects); "
                    + "use the values the briefing provides");
        }
    }

    private String source(String name) {
        try {
            Object src = loader.findTemplateSource(name);
            if (src == null) {
                return null;
            }
            try (Reader r = loader.getReader(src, "UTF-8")) {
                StringWriter w = new StringWriter();
                r.transferTo(w);
                return w.toString();
            } finally {
                loader.closeTemplateSource(src);
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static String name(String reported, String fallback) {
        return reported == null ? fallback : reported;
    }

    /** FreeMarker's message without its tips, locations and line breaks. */
    private static String oneLine(String message) {
        if (message == null) {
            return "template error";
        }
        String m = message;
        int tip = m.indexOf("\n----");
        if (tip >= 0) {
            m = m.substring(0, tip);
        }
        m = WHERE.matcher(m).replaceAll("");
        int loader = m.indexOf(" The name was interpreted by this TemplateLoader");
        if (loader >= 0) {
            m = m.substring(0, loader);
        }
        return m.replaceAll("\\s*\n\\s*", " ").replace("==> ", "").strip();
    }
}
