package dev.capexbrief.delivery;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings from {@code capexbrief.yaml}: defaults for the data file, templates, output, currency,
 * email and the SEC EDGAR import. Command-line flags override them. Relative paths are relative to the config file.
 * The SMTP password is never here: it comes only from {@code CAPEXBRIEF_SMTP_PASSWORD}.
 */
public record Config(Path data, Path template, Output output, String currency, Email email, Edgar edgar) {
    public static final String FILE_NAME = "capexbrief.yaml";

    /** Where briefings go and how they are named. */
    public record Output(Path root, String pattern) {
    }

    /**
     * Who gets the briefing and through which server.
     *
     * @param to              a list, or one address (a comma-separated string is split when sending)
     * @param maxAttachmentMb the largest total of attachments to send, in MB of 1,048,576 bytes (default 10)
     * @param subjectPrefix   text the subject template may put first, e.g. "[Research]"
     */
    public record Email(Smtp smtp, String from,
                        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> to,
                        Double maxAttachmentMb, String subjectPrefix) {
    }

    /**
     * The SMTP server; security is starttls, tls (implicit) or none. Without a host, messages go to
     * the outbox folder as .eml files.
     *
     * @param timeoutSeconds connect and read timeout (default 20)
     */
    public record Smtp(String host, Integer port, String security, String user, Boolean requireTls,
                       Integer timeoutSeconds) {
    }

    /**
     * How {@code import edgar} reaches the SEC.
     *
     * @param userAgent     who is asking, with a contact email ("Acme Research research@acme.com"); the
     *                      environment variable {@code CAPEXBRIEF_SEC_USER_AGENT} wins over it
     * @param cache         the folder of raw payloads (default {@code ~/.cache/capexbrief/edgar})
     * @param maxAgeHours   a cached payload younger than this is used without asking (default 12)
     * @param baseUrl       where companyfacts are served (default https://data.sec.gov)
     * @param filesBaseUrl  where company_tickers.json is served (default https://www.sec.gov, or base_url when that is set)
     * @param timeoutSeconds connect timeout and the most a response may take (default 30)
     */
    public record Edgar(String userAgent, Path cache, Double maxAgeHours, String baseUrl, String filesBaseUrl,
                        Integer timeoutSeconds) {
    }

    /** A config with only the data file set, the rest defaults. */
    public Config(Path data, Path template, Output output, String currency, Email email) {
        this(data, template, output, currency, email, null);
    }

    public static Config empty() {
        return new Config(null, null, null, null, null, null);
    }

    /**
     * Loads {@code file}, or {@code ./capexbrief.yaml} when {@code file} is null and it exists;
     * otherwise empty settings. A mistake (a syntax error, an unknown key, a key set twice, a value
     * of the wrong kind) is an {@link IllegalArgumentException} naming the file, line and column.
     */
    public static Config load(Path file) throws IOException {
        Path path = file != null ? file : Path.of(FILE_NAME);
        if (file == null && !Files.exists(path)) {
            return empty();
        }
        byte[] text = Files.readAllBytes(path);
        ConfigFile scanned = ConfigFile.scan(path, text);
        if (scanned.isEmpty()) {
            return empty();
        }
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .findAndRegisterModules();
        Config c;
        try {
            c = mapper.readValue(text, Config.class);
        } catch (JsonMappingException e) {
            throw scanned.bindingError(e);
        }
        if (c == null) {
            return empty();
        }
        Path base = path.toAbsolutePath().getParent();
        Edgar edgar = c.edgar() == null ? null : new Edgar(c.edgar().userAgent(), resolve(base, home(c.edgar().cache())),
                c.edgar().maxAgeHours(), c.edgar().baseUrl(), c.edgar().filesBaseUrl(), c.edgar().timeoutSeconds());
        return new Config(resolve(base, c.data()), resolve(base, c.template()),
                c.output() == null ? null : new Output(resolve(base, c.output().root()), c.output().pattern()),
                c.currency(), c.email(), edgar);
    }

    /** {@code ~/x} as the user's home folder's {@code x}, as a shell would read it. */
    private static Path home(Path p) {
        if (p == null) {
            return null;
        }
        String s = p.toString();
        if (s.equals("~") || s.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(s.equals("~") ? "" : s.substring(2));
        }
        return p;
    }

    private static Path resolve(Path base, Path p) {
        return p == null || p.isAbsolute() ? p : base.resolve(p).normalize();
    }

    public Path outputRoot() {
        return output == null ? null : output.root();
    }

    public String outputPattern() {
        return output == null ? null : output.pattern();
    }

    /** A commented example written by {@code capexbrief init}. */
    public static String example() {
        return """
                # capexbrief settings. Command-line flags override every value here.
                # Relative paths are relative to this file.

                # The dataset (.csv, .yaml or .xlsx). Leave out to use the bundled hyperscaler dataset.
                data: hyperscalers.yaml

                # The template set (narrative text, theme, logo). Leave out for the bundled templates.
                template: templates

                output:
                  root: output                      # briefings land in output/2025-W06/...
                  pattern: capex-briefing-{week}    # file name without extension; {week} and {date}

                currency: USD                       # report currency; others need an fx rate in the dataset

                # email:                              # capexbrief brief --email, capexbrief send
                #   from: briefings@example.com
                #   to: [pm@example.com, analyst@example.com]
                #   max_attachment_mb: 10             # attachments above this total are refused
                #   subject_prefix: "[Research]"      # available to templates/email/subject.ftl
                #   smtp:                             # leave out to write .eml files to output/outbox/
                #     host: smtp.example.com
                #     port: 587                       # default 587 for starttls, 465 for tls, 25 for none
                #     security: starttls              # starttls | tls | none
                #     user: briefings@example.com     # password only from CAPEXBRIEF_SMTP_PASSWORD
                #     require_tls: true               # with a user, TLS is required unless false here
                #     timeout_seconds: 20             # connect and read timeout

                # edgar:                              # capexbrief import edgar TICKER|CIK ... (live from the SEC)
                #   user_agent: "Acme Research research@acme.com"   # required by the SEC: your name and a contact
                #   cache: ~/.cache/capexbrief/edgar  # raw payloads (default)
                #   max_age_hours: 12                 # reuse a cached payload this long, then revalidate it
                #   base_url: https://data.sec.gov    # or a mirror; --sec-base-url overrides
                #   timeout_seconds: 30               # connect timeout and the most a response may take
                """;
    }
}
