package dev.capexbrief.delivery.mail;

import dev.capexbrief.render.text.TemplateProblemException;
import dev.capexbrief.render.text.TemplateSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the email from the template set: {@code email/subject.ftl}, {@code email/body.txt.ftl} and
 * {@code email/body.html.ftl} (which escapes HTML). They get the values the briefing's manifest
 * recorded when the PDF was rendered ({@link EmailValues}: the very text the PDF prints, so the
 * email says what its attachment says), the attachments and the subject prefix.
 */
public final class EmailTemplates {
    static final String SUBJECT = "email/subject.ftl";
    static final String PLAIN = "email/body.txt.ftl";
    static final String HTML = "email/body.html.ftl";
    static final List<String> FILES = List.of(SUBJECT, PLAIN, HTML);

    private final TemplateSet templates;

    public EmailTemplates(TemplateSet templates) {
        this.templates = templates;
    }

    /** Renders subject and bodies from a briefing's recorded values ({@link EmailValues}) with these attachments. */
    EmailText write(Map<String, Object> values, List<Attachment> attachments, String subjectPrefix) {
        Map<String, Object> model = model(values, attachments, subjectPrefix);
        String subject = oneLine(templates.render(SUBJECT, model));
        if (subject.isEmpty()) {
            throw new TemplateProblemException(templates.describe(SUBJECT) + ": wrote an empty subject");
        }
        return new EmailText(subject, body(templates.render(PLAIN, model)), body(templates.render(HTML, model)));
    }

    Map<String, Object> model(Map<String, Object> values, List<Attachment> attachments, String subjectPrefix) {
        Map<String, Object> model = new LinkedHashMap<>(values);
        model.put("subjectPrefix", subjectPrefix == null ? "" : subjectPrefix.strip());
        model.put("keepFigures", KeepFigures.INSTANCE);
        model.put("attachments", attachments.stream().map(a -> Map.of(
                "name", a.fileName(), "size", Attachment.megabytes(a.size()),
                "workbook", a.contentType().equals(Attachment.XLSX))).toList());
        return model;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Trailing spaces and runs of blank lines that template directives leave behind are removed. */
    private static String body(String text) {
        StringBuilder sb = new StringBuilder();
        boolean lastBlank = true;
        for (String line : text.lines().map(String::stripTrailing).toList()) {
            boolean blank = line.isEmpty();
            if (!(blank && lastBlank)) {
                sb.append(line).append('\n');
            }
            lastBlank = blank;
        }
        return sb.toString().strip() + "\n";
    }
}
