package dev.capexbrief.delivery.mail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeTest {
    @Test
    void parsesNamesListsAndDropsDuplicates() {
        Envelope e = Envelope.parse("Research <research@example.com>", "email.from",
                List.of("pm@example.com, \"Doe, Jane\" <jane@example.org>", "PM@example.com"), "--mail-to");
        assertThat(e.from().getPersonal()).isEqualTo("Research");
        assertThat(e.to()).extracting(a -> a.getAddress()).containsExactly("pm@example.com", "jane@example.org");
    }

    @Test
    void aBadAddressNamesWhereItCameFromAndHowToWriteIt() {
        assertThatThrownBy(() -> Envelope.parse("research@example.com", "email.from", List.of("pm@@example.com"), "email.to"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("email.to: 'pm@@example.com' is not a valid email address (")
                .hasMessageEndingWith("); write it like name@example.com or \"Name <name@example.com>\"");
        assertThatThrownBy(() -> Envelope.parse("research", "--mail-from", List.of("pm@example.com"), "email.to"))
                .hasMessageStartingWith("--mail-from: 'research' is not a valid email address");
    }

    @Test
    void anAddressWithALineBreakOrEscapeInItIsRefusedOnOneLine() {
        assertThatThrownBy(() -> Envelope.parse("research@example.com", "email.from",
                List.of("pm@example.com\r\nBcc: all@example.com\u001b[0m"), "--mail-to"))
                .hasMessageStartingWith("--mail-to: 'pm@example.com\\r\\nBcc: all@example.com\\u001b[0m' is not a valid email address")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u001b"));
    }

    @Test
    void senderAndRecipientsAreRequired() {
        assertThatThrownBy(() -> Envelope.parse(null, "email.from", List.of("pm@example.com"), "email.to"))
                .hasMessage("no sender; add --mail-from ADDR or email.from in capexbrief.yaml");
        assertThatThrownBy(() -> Envelope.parse("research@example.com", "email.from", List.of(), "email.to"))
                .hasMessage("no recipients; add --mail-to ADDR or email.to in capexbrief.yaml");
    }
}
