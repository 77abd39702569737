package dev.capexbrief.dataset.edgar;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves only when told to (or when its sleeper sleeps), so rate limits and backoff take no real time. */
public final class FakeClock implements InstantSource {
    private Instant now;

    public FakeClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** A sleeper that advances this clock instead of waiting. */
    public Sleeper sleeper() {
        return this::advance;
    }
}
