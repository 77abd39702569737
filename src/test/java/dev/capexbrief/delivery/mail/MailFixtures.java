package dev.capexbrief.delivery.mail;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Digests;
import dev.capexbrief.delivery.Manifest;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.text.TemplateSet;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real briefing of the bundled dataset, a PDF-like file, and helpers that take a received message apart. */
public final class MailFixtures {
    static final LocalDate AS_OF = LocalDate.of(2025, 2, 9);

    private MailFixtures() {
    }

    static Briefing briefing() {
        try {
            return new Analyzer().analyze(new DatasetReader().readBundled(), new AnalysisOptions(AS_OF, "USD", null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The briefing model every output draws, built with the project's templates. */
    static BriefingModel model(Briefing b) {
        return ModelBuilder.of(templates()).build(b);
    }

    /**
     * What the email of a briefing says, as send reads it: the values recorded in a manifest,
     * written to JSON and read back.
     */
    static Map<String, Object> values(Briefing b) {
        Map<String, Object> values = EmailValues.of(b, model(b), templates());
        Manifest m = new Manifest(Manifest.FORMAT, Manifest.currentTool(), b.isoWeek(), b.asOf().toString(), b.currency(),
                new Manifest.Input("test", "0"), new Manifest.Input("templates", "0"),
                new Manifest.Output("a.pdf", 0, "0"), new Manifest.Output("a.xlsx", 0, "0"),
                EmailValues.headline(values), values);
        try {
            Path f = Files.createTempFile("manifest", ".json");
            try {
                Files.write(f, m.toJson());
                return Manifest.read(f).emailValues();
            } finally {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The two bodies of the email send writes from a manifest's recorded {@code values}, as a reader
     * sees them: the plain text, and the HTML's text without its markup (a line of the HTML, a line).
     */
    public static List<String> bodies(Map<String, Object> values) {
        Attachment pdf = new Attachment(Path.of("briefing.pdf"), Attachment.PDF, "%PDF-1.7\n".getBytes());
        EmailText text = new EmailTemplates(templates()).write(values, List.of(pdf), null);
        return List.of(text.plain(), HtmlBody.parse(text.html()).tags("body").get(0).getTextContent());
    }

    /** The files' SHA-256, as their manifest records them. */
    static List<String> digests(List<Path> files) {
        return files.stream().map(f -> {
            try {
                return Files.exists(f) ? Digests.of(f) : "no file";
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    static TemplateSet templates() {
        return TemplateSet.load(Path.of("templates"));
    }

    /** A small file that starts like a PDF and holds every byte value, so any re-encoding would show. */
    static Path pdf(Path dir, String name) throws IOException {
        byte[] bytes = new byte[4096];
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.write(f, bytes);
    }

    /** The text of the first part of this MIME type anywhere in the message. */
    static String text(Part message, String mimeType) throws MessagingException, IOException {
        for (Part p : parts(message)) {
            if (p.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + mimeType + " part");
    }

    /** The attachments, in order. */
    static List<Part> attachments(Part message) throws MessagingException, IOException {
        List<Part> out = new ArrayList<>();
        for (Part p : parts(message)) {
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                out.add(p);
            }
        }
        return out;
    }

    static byte[] bytes(Part p) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            return in.readAllBytes();
        }
    }

    static MimeMessage parse(Path eml) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(null, in);
        }
    }

    /** A message part and every part nested in it, depth first. */
    public static List<Part> parts(Part p) throws MessagingException, IOException {
        List<Part> out = new ArrayList<>();
        out.add(p);
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                out.addAll(parts(child));
            }
        }
        return out;
    }
}
