package dev.capexbrief.render.text;

import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The bounds a user's template renders within. A template is a program: {@code <#list 1.. as i>}
 * never ends, a list of a hundred million items writes gigabytes, and a macro that calls itself
 * exhausts the stack. So each render may take {@link #MAX_TIME} and write {@link #MAX_CHARS}
 * characters; FreeMarker's own interruption checks (inserted into every loop and macro body of a
 * template as it is loaded) let a watchdog stop the render when its time is up.
 */
final class RenderBounds {
    /** A briefing's longest template output (the methodology of thousands of companies) is far below this. */
    static final long MAX_CHARS = 4_000_000;
    /** A template renders in milliseconds; this leaves room for the largest datasets and slow machines. */
    static final Duration MAX_TIME = Duration.ofSeconds(10);

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "capexbrief-template-watchdog");
        t.setDaemon(true);
        return t;
    });

    private RenderBounds() {
    }

    /** Renders {@code template} (loaded by one engine, which adds the interruption checks once). */
    static String render(Template template, Map<String, ?> model, String file) throws TemplateException, IOException {
        BoundedWriter out = new BoundedWriter(file);
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> alarm = WATCHDOG.schedule(watch::ring, MAX_TIME.toMillis(), TimeUnit.MILLISECONDS);
        try {
            template.process(model, out);
            return out.toString();
        } catch (StackOverflowError e) {
            throw new TemplateProblemException(file + ": a macro or function calls itself without end (the stack ran "
                    + "out); give its recursion a condition that stops it");
        } catch (TemplateException | RuntimeException e) {
            // FreeMarker wraps what the writer and the interruption check throw
            if (e.getCause() instanceof TemplateProblemException bound) {
                throw bound;
            }
            if (e instanceof TemplateProblemException bound) {
                throw bound;
            }
            if (watch.rang()) {
                throw timeUp(file);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            watch.stop();
        }
    }

    private static TemplateProblemException timeUp(String file) {
        return new TemplateProblemException(file + ": did not finish within " + MAX_TIME.toSeconds()
                + " s; a #list over a range without an end (1..) or a loop that never stops? Bound it");
    }

    /** Interrupts the rendering thread once, unless the render ended first. */
    private static final class Watch {
        private final Thread renderer;
        private boolean stopped;
        private boolean rang;

        Watch(Thread renderer) {
            this.renderer = renderer;
        }

        synchronized void ring() {
            if (!stopped) {
                rang = true;
                renderer.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        /** The render has ended: no interrupt from now on, and one that came at the end is cleared. */
        synchronized void stop() {
            stopped = true;
            if (rang) {
                Thread.interrupted();
            }
        }
    }

    /** A writer that refuses to grow past {@link #MAX_CHARS}. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final String file;

        BoundedWriter(String file) {
            this.file = file;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (text.length() + (long) len > MAX_CHARS) {
                throw new TemplateProblemException(file + ": wrote more than " + String.format("%,d", MAX_CHARS)
                        + " characters; a #list that writes too much? Bound it (e.g. ?take_while or a range with an end)");
            }
            text.append(buf, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
