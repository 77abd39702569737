package dev.capexbrief.delivery.mail;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SendLogTest {
    @TempDir
    Path root;

    @Test
    void recordsAndFindsByFileAndRecipientIgnoringCase() throws Exception {
        SendLog log = new SendLog(root);
        Path pdf = root.resolve("2025-W06/capex-briefing-2025-W06.pdf");
        log.record(pdf, new InternetAddress("PM@Example.com"), "<id-1@example.com>", Instant.parse("2025-02-10T07:30:00Z"));

        assertThat(log.find(pdf, new InternetAddress("pm@example.com"))).get()
                .extracting(SendLog.Entry::messageId).isEqualTo("<id-1@example.com>");
        assertThat(log.find(pdf, new InternetAddress("other@example.com"))).isEmpty();
        assertThat(log.find(root.resolve("2025-W07/capex-briefing-2025-W07.pdf"), new InternetAddress("pm@example.com"))).isEmpty();
        assertThat(Files.readString(log.file())).isEqualTo("""
                sent_at,briefing,recipient,message_id
                2025-02-10T07:30:00Z,2025-W06/capex-briefing-2025-W06.pdf,pm@example.com,<id-1@example.com>
                """);
    }

    @Test
    void aTornLastRowIsIgnoredAndTheNextRowStartsOnItsOwnLine() throws Exception {
        SendLog log = new SendLog(root);
        Path pdf = root.resolve("2025-W06/x.pdf");
        log.record(pdf, new InternetAddress("a@example.com"), "<a@x>", Instant.parse("2025-02-10T07:30:00Z"));
        Files.writeString(log.file(), Files.readString(log.file()) + "2025-02-10T07:31:00Z,2025-W06/x.pdf,b@exa");

        assertThat(log.entries()).extracting(SendLog.Entry::recipient).containsExactly("a@example.com");
        log.record(pdf, new InternetAddress("c@example.com"), "<c@x>", Instant.parse("2025-02-10T07:32:00Z"));
        assertThat(log.entries()).extracting(SendLog.Entry::recipient).containsExactly("a@example.com", "c@example.com");
    }

    @Test
    void fieldsWithCommasAndQuotesRoundTrip() throws Exception {
        SendLog log = new SendLog(root);
        Path outside = root.getParent().resolve("elsewhere/odd, \"name\".pdf");
        log.record(outside, new InternetAddress("a@example.com"), "<a@x>", Instant.parse("2025-02-10T07:30:00Z"));
        assertThat(log.entries()).singleElement().extracting(SendLog.Entry::briefing)
                .isEqualTo(outside.toAbsolutePath().normalize().toString());
        assertThat(log.find(outside, new InternetAddress("a@example.com"))).isPresent();
    }
}
