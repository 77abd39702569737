package dev.capexbrief.delivery.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML part of real briefing emails, rendered by headless Chromium as a phone (390 px: light,
 * dark, and darkened by the client) and a desktop (1200 px) show it. The page is measured (width, type sizes, contrast,
 * what is on the first screen, text off the screen or clipped) and photographed: the screenshots
 * are kept in target/email-screenshots/ with the HTML they show. Skipped where no Chromium is
 * installed, never on CI.
 */
class EmailInBrowserTest {
    static final Path SHOTS = Path.of("target", "email-screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How a reader's screen shows the email: its width, the height of one screen, and dark mode:
     * {@code dark}, the system's dark scheme, which the email's own dark colours answer
     * (prefers-color-scheme); {@code forced}, a client that darkens pages itself, as some webmail
     * apps do, whatever colours the email asks for.
     */
    record View(String name, int width, int screen, boolean dark, boolean forced) {
        List<String> flags() {
            return dark ? List.of("--force-dark-mode") : forced ? List.of("--enable-features=WebContentsForceDark") : List.of();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final View PHONE = new View("390", 390, 844, false, false);
    static final View PHONE_DARK = new View("390-dark", 390, 844, true, false);
    static final View PHONE_FORCED_DARK = new View("390-forced-dark", 390, 844, false, true);
    static final View DESKTOP = new View("1200", 1200, 900, false, false);

    @TempDir
    Path scratch;

    static Stream<Arguments> views() {
        List<Arguments> out = new ArrayList<>();
        for (LocalDate week : List.of(LocalDate.of(2025, 2, 9), LocalDate.of(2026, 8, 2), LocalDate.of(2025, 3, 16))) {
            ReceivedEmail email = ReceivedEmail.of(week);
            for (View v : List.of(PHONE, PHONE_DARK, PHONE_FORCED_DARK, DESKTOP)) {
                out.add(Arguments.of(email, v));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("views")
    void theEmailReadsWellOnThisScreen(ReceivedEmail email, View view) throws Exception {
        Chromium chromium = Chromium.require(scratch);
        Files.createDirectories(SHOTS);
        Path html = Files.writeString(SHOTS.resolve(email.briefing().isoWeek() + ".html"), email.html(), StandardCharsets.UTF_8);
        String what = email + " at " + view + " px";

        JsonNode page = measure(chromium, html, view);
        assertThat(page.get("width").asInt()).as("viewport of " + what).isEqualTo(view.width());
        assertThat(page.get("scrollWidth").asInt()).as("page width (sideways scrolling) of " + what).isLessThanOrEqualTo(view.width());
        assertThat(page.get("outside")).as("text running off the screen in " + what).isEmpty();
        assertThat(page.get("clipped")).as("clipped text in " + what).isEmpty();
        assertThat(page.get("minFont").get("size").asDouble()).as("smallest type in " + what + ": " + page.get("minFont"))
                .isGreaterThanOrEqualTo(14);
        assertThat(page.get("bodyFontSize").asDouble()).as("body type in " + what).isGreaterThanOrEqualTo(16);
        assertThat(page.get("takeawayFont").asDouble()).as("takeaway type in " + what).isGreaterThanOrEqualTo(16);
        if (!email.briefing().thisWeek().isEmpty()) {
            assertThat(page.get("rowFont").asDouble()).as("this week's rows' type in " + what).isGreaterThanOrEqualTo(16);
        }
        assertThat(page.get("minContrast").get("ratio").asDouble()).as("weakest text contrast in " + what + ": " + page.get("minContrast"))
                .isGreaterThanOrEqualTo(4.5);
        assertThat(page.get("fonts")).as("fonts in " + what).extracting(JsonNode::asText)
                .containsOnly("Arial, Helvetica, sans-serif");
        assertThat(page.get("dark").asBoolean()).as("dark mode in " + what).isEqualTo(view.dark());
        double background = luminance(page.get("pageBackground").asText());
        if (view.dark()) {
            assertThat(background).as("page background in " + what).isLessThan(0.05);
        } else {
            assertThat(background).as("page background in " + what).isGreaterThan(0.9);
        }

        // conclusion first: the headline figures on the first screen, then the takeaways, then this week
        double kpi = page.get("kpiValueTop").asDouble();
        assertThat(kpi).as("top of the first headline figure in " + what).isBetween(0.0, view.screen() - 40.0);
        assertThat(page.get("takeawayTop").asDouble()).as("takeaways in " + what).isGreaterThan(page.get("kpiBottom").asDouble());
        assertThat(page.get("weekTop").asDouble()).as("this week in " + what).isGreaterThan(page.get("takeawayTop").asDouble());

        // everything the email says is on the screen, as text
        String shown = page.get("text").asText().replaceAll("\\s+", " ");
        HtmlBody body = HtmlBody.parse(email.html());
        List<String> said = new ArrayList<>(body.texts("takeaway"));
        said.addAll(body.texts("kpi-value"));
        said.addAll(body.texts("week-row"));
        said.addAll(body.texts("week-note"));
        said.addAll(body.texts("mark"));
        assertThat(said).isNotEmpty();
        assertThat(shown).as("text shown in " + what).contains(said);

        Path png = SHOTS.resolve(email.briefing().isoWeek() + "-" + view.name() + ".png");
        int height = Math.max(view.screen(), page.get("height").asInt());
        chromium.screenshot(frame(html, view, height, false), view.width(), height, view.flags(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as(png.toString()).isEqualTo(view.width());
        assertThat(image.getHeight()).as(png.toString()).isEqualTo(height);
        // a page darkened by the client measures as light (the styles are untouched), but is painted dark
        boolean paintedDark = view.dark() || view.forced();
        int bg = image.getRGB(2, 2);
        assertThat(luminance(bg)).as("background of " + png).isBetween(paintedDark ? 0.0 : 0.9, paintedDark ? 0.05 : 1.0);
        // the layout keeps a margin: nothing is drawn in the rightmost 8 px, at any height
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = image.getWidth() - 8; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != bg) {
                    throw new AssertionError(png + ": drawn at the right edge, at x=" + x + ", y=" + y);
                }
            }
        }
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink += image.getRGB(x, y) != bg ? 1 : 0;
            }
        }
        assertThat(ink).as("pixels other than the background in " + png).isGreaterThan((long) image.getWidth() * image.getHeight() / 100);
    }

    /** The page measured by probe.js in Chromium, one screen high. */
    private JsonNode measure(Chromium chromium, Path html, View view) throws IOException, InterruptedException {
        String dom = chromium.dumpDom(frame(html, view, view.screen(), true), view.width(), view.screen(), view.flags());
        int start = dom.lastIndexOf("<pre id=\"probe\">");
        int end = dom.indexOf("</pre>", start);
        assertThat(start).as("Chromium's DOM has no probe result:\n" + dom).isNotNegative();
        String json = dom.substring(start + "<pre id=\"probe\">".length(), end);
        assertThat(json).as("the probe did not run in Chromium:\n" + dom).isNotBlank();
        return JSON.readTree(json.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", "\u00a0").replace("&amp;", "&"));
    }

    /**
     * A page showing the email in an iframe exactly as wide as the view (Chromium lays out a
     * window narrower than 500 px at 500 px), with the probe when measuring.
     */
    private Path frame(Path html, View view, int height, boolean probe) throws IOException {
        String script = "";
        String onload = "";
        if (probe) {
            try (InputStream in = EmailInBrowserTest.class.getResourceAsStream("/email/probe.js")) {
                script = "<script>" + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "</script>";
            }
            onload = " onload=\"probe(this)\"";
        }
        String page = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<style>html,body{margin:0;padding:0}iframe{border:0;display:block}</style>" + script + "</head><body>"
                + "<iframe src=\"" + html.toAbsolutePath().toUri() + "\" width=\"" + view.width() + "\" height=\"" + height + "\""
                + onload + "></iframe><pre id=\"probe\"></pre></body></html>";
        return Files.writeString(scratch.resolve(html.getFileName() + "-" + view.name() + (probe ? "-probe" : "") + ".html"), page);
    }

    private static double luminance(String css) {
        String[] v = css.replaceAll("[^0-9.,]", "").split(",");
        return luminance((Integer.parseInt(v[0]) << 16) | (Integer.parseInt(v[1]) << 8) | Integer.parseInt(v[2]));
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
