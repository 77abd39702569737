package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPacerTest {
    @Test
    void aBurstOfTenGoesAtOnceAndTheEleventhWaitsForTheFirstToBeASecondOld() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
        RequestPacer pacer = RequestPacer.sec(clock, clock.sleeper());
        List<Instant> at = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pacer.acquire();
            at.add(clock.instant());
            clock.advance(Duration.ofMillis(30));
        }
        pacer.acquire();
        at.add(clock.instant());
        assertThat(Duration.between(at.get(0), at.get(10))).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 200; i++) {
            pacer.acquire();
            at.add(clock.instant());
            clock.advance(Duration.ofMillis(i % 7 * 13));
        }
        for (int i = 0; i + 10 < at.size(); i++) {
            assertThat(Duration.between(at.get(i), at.get(i + 10))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }
}
