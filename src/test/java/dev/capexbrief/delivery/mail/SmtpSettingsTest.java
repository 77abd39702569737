package dev.capexbrief.delivery.mail;

import dev.capexbrief.delivery.Config;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpSettingsTest {
    @Test
    void noHostAnywhereMeansTheOutbox() {
        assertThat(SmtpSettings.resolve(null, null, null)).isNull();
        assertThat(SmtpSettings.resolve(new Config.Smtp(null, 587, "starttls", null, null, null), null, null)).isNull();
    }

    @Test
    void defaultsAreStarttlsOn587WithTwentySecondTimeouts() {
        SmtpSettings s = SmtpSettings.resolve(new Config.Smtp("smtp.example.com", null, null, "u", null, null), null, null);
        assertThat(s).isEqualTo(new SmtpSettings("smtp.example.com", 587, Security.STARTTLS, "u", true, Duration.ofSeconds(20)));
        Properties p = SmtpConnection.properties(s, null);
        assertThat(p).containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.connectiontimeout", "20000").containsEntry("mail.smtp.timeout", "20000");
    }

    @Test
    void flagsOverrideTheConfigAndImplicitTlsDefaultsTo465() {
        Config.Smtp cfg = new Config.Smtp("smtp.example.com", null, "TLS", null, null, 5);
        assertThat(SmtpSettings.resolve(cfg, null, null).port()).isEqualTo(465);
        SmtpSettings s = SmtpSettings.resolve(cfg, "relay.local", 2525);
        assertThat(s.address()).isEqualTo("relay.local:2525");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(SmtpConnection.properties(s, null)).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void aLoginNeedsTlsUnlessTheConfigSaysOtherwise() {
        assertThatThrownBy(() -> SmtpSettings.resolve(new Config.Smtp("relay", 25, "none", "u", null, null), null, null))
                .hasMessage("email.smtp: security none with user 'u' would send the password unencrypted; "
                        + "use security: starttls or tls, or set require_tls: false for a trusted network");
        assertThat(SmtpSettings.resolve(new Config.Smtp("relay", 25, "none", "u", false, null), null, null).authenticates()).isTrue();
        assertThat(SmtpSettings.resolve(new Config.Smtp("relay", 25, "none", null, null, null), null, null).authenticates()).isFalse();
    }

    @Test
    void badValuesSayWhatIsAllowed() {
        assertThatThrownBy(() -> SmtpSettings.resolve(new Config.Smtp("h", null, "ssl", null, null, null), null, null))
                .hasMessage("email.smtp.security: 'ssl' is not one of starttls, tls, none");
        assertThatThrownBy(() -> SmtpSettings.resolve(new Config.Smtp("h", 70000, null, null, null, null), null, null))
                .hasMessageStartingWith("SMTP port 70000 is outside 1-65535");
        assertThatThrownBy(() -> SmtpSettings.resolve(new Config.Smtp("h", null, null, null, null, 0), null, null))
                .hasMessage("email.smtp.timeout_seconds must be at least 1");
    }
}
