package dev.capexbrief.cli;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.DatasetReader;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly routine as a user runs it: {@code brief} writes the PDF, the workbook and their
 * manifest, and {@code send} emails what the manifest recorded, so the email says exactly what its
 * PDF says, whatever data, currency, templates and as-of date the briefing was made with.
 */
class WeeklyRoutineTest {
    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path dir;

    /** A desk's own copy of the bundled data (Amazon's July raise changed), templates and settings. */
    private Path desk() throws Exception {
        Cli init = Cli.run("init", dir.resolve("desk").toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        Path desk = dir.resolve("desk");
        Path data = desk.resolve("hyperscalers.yaml");
        String yaml = Files.readString(data);
        String raise = "period: FY2026, value: 220, qualifier: about, currency: USD, unit: B, announced: 2026-07-30";
        assertThat(yaml).contains(raise);
        Files.writeString(desk.resolve("weekly.yaml"), yaml.replace(raise, raise.replace("220", "240")));
        Path theme = desk.resolve("templates/theme.yaml");
        Files.writeString(theme, Files.readString(theme).replace("firm_name: capexbrief Research", "firm_name: Harbour Desk"));
        Path title = desk.resolve("templates/title.ftl");
        Files.writeString(title, Files.readString(title).replace("Hyperscaler Capex Weekly ${isoWeek}",
                "Harbour capex note ${isoWeek}"));
        SendCli.plainSmtpConfig(desk, server.getSmtp().getPort());
        return desk;
    }

    private static String pageOne(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theEmailSaysWhatThePdfSaysForOtherDataCurrencyTemplatesAndAMidWeekDate() throws Exception {
        Path desk = desk();
        String cfg = desk.resolve("capexbrief.yaml").toString();
        String[] settings = {"--config", cfg, "--data", desk.resolve("weekly.yaml").toString(), "--currency", "CNY",
                "--template", desk.resolve("templates").toString()};
        List<String> brief = new ArrayList<>(List.of("brief", "--as-of", "2026-07-30"));
        brief.addAll(List.of(settings));
        Cli b = SendCli.run(brief.toArray(String[]::new));
        assertThat(b.exitCode()).as(b.err()).isZero();
        Path week = desk.resolve("output/2026-W31");
        String page1 = pageOne(week.resolve("capex-briefing-2026-W31.pdf"));

        // a plain send: no data, currency or template flags; the week is found by the as-of date
        Cli s = SendCli.run("send", "--config", cfg, "--as-of", "2026-07-30");
        assertThat(s.exitCode()).as(s.err()).isZero();
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        String subject = received[0].getSubject();
        String plain = SendCommandTest.body(received[0], "text/plain").replaceAll("\\s+", " ");
        String html = SendCommandTest.body(received[0], "text/html");

        assertThat(page1).contains("Harbour capex note 2026-W31 Amazon raises its FY2026 plan to");
        assertThat(subject).startsWith("Harbour capex note 2026-W31");
        // every headline figure of the email is on page one, word for word, in renminbi
        List<String> figures = headlineFigures(plain);
        assertThat(figures).hasSizeGreaterThanOrEqualTo(3);
        for (String f : figures) {
            assertThat(page1).contains(f);
        }
        assertThat(String.join(" ", figures)).contains("RMB");
        assertThat(subject).contains("RMB").doesNotContain("$");
        assertThat(plain).contains("Harbour Desk", "as of 30 July 2026");
        assertThat(html).contains("Harbour capex note 2026-W31");

        // the numbers are those of the briefing's own data: the bundled data's headline is nowhere
        String bundled = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.of(2026, 8, 2), "CNY", null)).total().headline().label();
        assertThat(page1).doesNotContain(bundled);
        assertThat(plain).doesNotContain(bundled);
        String usd = new Analyzer().analyze(new DatasetReader().read(desk.resolve("weekly.yaml")),
                new AnalysisOptions(LocalDate.of(2026, 7, 30), "USD", null)).total().headline().label();
        assertThat(plain).doesNotContain(usd);
    }

    /** "- CY2026 group plan: RMB 5,394B — ..." lines of the plain body: each label's value. */
    private static List<String> headlineFigures(String plain) {
        String section = plain.substring(plain.indexOf("Headline numbers"), plain.indexOf("Key takeaways"));
        List<String> out = new ArrayList<>();
        for (String item : section.split(" - ")) {
            int colon = item.indexOf(": ");
            if (colon > 0 && item.indexOf(" — ") > colon) {
                out.add(item.substring(colon + 2, item.indexOf(" — ")).strip());
            }
        }
        return out;
    }

    @Test
    void aPdfChangedAfterItWasWrittenIsNotSent() throws Exception {
        Path desk = desk();
        String cfg = desk.resolve("capexbrief.yaml").toString();
        assertThat(SendCli.run("brief", "--config", cfg, "--week", "2026-W31").exitCode()).isZero();
        Path pdf = desk.resolve("output/2026-W31/capex-briefing-2026-W31.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 1;
        Files.write(pdf, bytes);

        Cli s = SendCli.run("send", "--config", cfg, "--week", "2026-W31");
        assertThat(s.exitCode()).isEqualTo(3);
        assertThat(s.err().strip()).isEqualTo("capexbrief: " + pdf + " has changed since it was written, so it is not "
                + "sent: it no longer matches " + pdf.resolveSibling("capex-briefing-2026-W31.json")
                + "; rebuild it with capexbrief brief --week 2026-W31, then send it");
        assertThat(server.getReceivedMessages()).isEmpty();

        // brief puts it right: the changed file is kept aside, the week written again, and then it sends
        Cli again = SendCli.run("brief", "--config", cfg, "--week", "2026-W31");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("written again (" + pdf + " has changed since it was written; the changed "
                + "file is kept as capex-briefing-2026-W31.changed-");
        try (var kept = Files.list(pdf.getParent())) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("capex-briefing-2026-W31\\.changed-\\d{8}T\\d{6}\\.pdf"));
        }
        assertThat(Files.readAllBytes(pdf)).isNotEqualTo(bytes);
        assertThat(SendCli.run("send", "--config", cfg, "--week", "2026-W31").exitCode()).isZero();
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theSameInputsAreUpToDateAndOtherInputsNeedForce() throws Exception {
        Path desk = desk();
        String cfg = desk.resolve("capexbrief.yaml").toString();
        String data = desk.resolve("weekly.yaml").toString();
        assertThat(Cli.run("brief", "--config", cfg, "--data", data, "--week", "2026-W31").exitCode()).isZero();
        Path pdf = desk.resolve("output/2026-W31/capex-briefing-2026-W31.pdf");
        var written = Files.getLastModifiedTime(pdf);
        Thread.sleep(20);

        Cli same = Cli.run("brief", "--config", cfg, "--data", data, "--week", "2026-W31");
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).startsWith("Briefing 2026-W31 as of 2026-08-02 is up to date");
        assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(written);

        Files.writeString(Path.of(data), Files.readString(Path.of(data)).replace("value: 240", "value: 245"));
        Cli changed = Cli.run("brief", "--config", cfg, "--data", data, "--week", "2026-W31");
        assertThat(changed.exitCode()).isEqualTo(3);
        assertThat(changed.err().strip()).isEqualTo("capexbrief: " + pdf.getParent() + " already holds the 2026-W31 "
                + "briefing, written from other inputs (the dataset " + Path.of(data).toAbsolutePath() + " has changed since); use --force to replace it");
        assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(written);

        Cli cny = Cli.run("brief", "--config", cfg, "--data", data, "--week", "2026-W31", "--currency", "CNY");
        assertThat(cny.err()).contains("in USD, not CNY");

        Cli forced = Cli.run("brief", "--config", cfg, "--data", data, "--week", "2026-W31", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).startsWith("Briefing 2026-W31 as of 2026-08-02, replaced:");
        assertThat(pageOne(pdf)).contains("~$245B");
    }

    @Test
    void aBackfillRebuildsTheWeeksWhoseFilesAreMissingOrChangedAndKeepsTheRest() throws Exception {
        Path out = dir.resolve("out");
        String[] range = {"brief", "--out", out.toString(), "--from", "2026-W30", "--to", "2026-W33"};
        Cli first = Cli.run(range);
        assertThat(first.out()).contains(": 4 briefing(s) written under");
        Files.delete(out.resolve("2026-W31/capex-briefing-2026-W31.xlsx"));
        Path pdf32 = out.resolve("2026-W32/capex-briefing-2026-W32.pdf");
        Files.write(pdf32, "not the briefing".getBytes());

        Cli second = Cli.run(range);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains(": 0 briefing(s) written, 2 written again (files missing or changed), "
                + "2 up to date under");
        assertThat(out.resolve("2026-W31/capex-briefing-2026-W31.xlsx")).exists();
        assertThat(pageOne(pdf32)).contains("2026-W32");
        // every week's files now match its manifest: the next run has nothing to do
        assertThat(Cli.run(range).out()).contains(": 0 briefing(s) written, 4 up to date under");
    }

    @Test
    void plainBriefBriefsTheCurrentWeekAsOfTodayAndSaysHowOldTheDataIs() throws Exception {
        Path out = dir.resolve("out");
        LocalDate today = LocalDate.of(2026, 12, 3);
        Cli r = SendCli.runOn(today, "brief", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Briefing 2026-W49 as of 2026-12-03:");
        String page1 = pageOne(out.resolve("2026-W49/capex-briefing-2026-W49.pdf"));
        assertThat(page1).contains("Data as of 2026-09-10, 84 days old");

        // the weekly cron job run again in a week without news: up to date, exit 0
        Cli again = SendCli.runOn(today, "brief", "--out", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("is up to date");

        Cli latest = SendCli.runOn(today, "brief", "--out", out.toString(), "--as-of", "latest");
        assertThat(latest.exitCode()).as(latest.err()).isZero();
        assertThat(latest.out()).startsWith("Briefing 2026-W37 as of 2026-09-10:");

        // and plain send sends this week's
        Path outbox = out.resolve("outbox");
        Cli send = SendCli.runOn(today, "send", "--out", out.toString(), "--mail-from", "r@example.com",
                "--mail-to", "pm@example.com");
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).startsWith("Email 2026-W49 (capex-briefing-2026-W49.pdf)");
        assertThat(outbox.resolve("capex-briefing-2026-W49--pm@example.com.eml")).exists();
    }

    @Test
    void aBriefingDatedBeforeAnyDataIsRefusedUnlessAllowed() throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--out", out.toString(), "--as-of", "2018-06-01");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("capexbrief: no figure in bundled:hyperscalers.yaml is public by "
                + "2018-06-01 (the first was announced on 2019-04-30, in week 2019-W18), so the briefing would be "
                + "empty; brief a later date, or give --allow-empty to write it anyway");
        assertThat(out).doesNotExist();
        Cli backfill = Cli.run("brief", "--out", out.toString(), "--from", "2019-W16", "--to", "2019-W20");
        assertThat(backfill.exitCode()).isEqualTo(1);
        assertThat(backfill.err()).contains("is public by --from 2019-W16 (the first was announced on 2019-04-30");
        assertThat(out).doesNotExist();

        Cli allowed = Cli.run("brief", "--out", out.toString(), "--as-of", "2018-06-01", "--allow-empty");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(out.resolve("2018-W22/capex-briefing-2018-W22.pdf")).exists();
    }

    @Test
    void aBriefingWithoutAManifestIsNotSentAndNotReplacedWithoutForce() throws Exception {
        Path out = dir.resolve("out");
        assertThat(Cli.run("brief", "--out", out.toString(), "--week", "2026-W31").exitCode()).isZero();
        Path manifest = out.resolve("2026-W31/capex-briefing-2026-W31.json");
        Files.delete(manifest);
        Path pdf = out.resolve("2026-W31/capex-briefing-2026-W31.pdf");

        Cli send = Cli.run("send", "--out", out.toString(), "--week", "2026-W31", "--mail-from", "r@example.com",
                "--mail-to", "pm@example.com");
        assertThat(send.exitCode()).isEqualTo(3);
        assertThat(send.err().strip()).isEqualTo("capexbrief: " + pdf + " has no manifest (capex-briefing-2026-W31.json),"
                + " so its email cannot be written from it; write the briefing again with capexbrief brief --week 2026-W31 --force");
        Cli brief = Cli.run("brief", "--out", out.toString(), "--week", "2026-W31");
        assertThat(brief.exitCode()).isEqualTo(3);
        assertThat(brief.err()).contains("already exists without a manifest");
        assertThat(Cli.run("brief", "--out", out.toString(), "--week", "2026-W31", "--force").exitCode()).isZero();
        assertThat(manifest).exists();
    }
}
