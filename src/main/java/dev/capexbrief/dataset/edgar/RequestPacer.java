package dev.capexbrief.dataset.edgar;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;

/**
 * Keeps a run's requests to the SEC at or under its fair-access limit: at most {@code limit}
 * requests in any window of {@code window}. A token bucket whose tokens come back one window after
 * they are spent: a burst of ten may go at once, the eleventh waits until the first is a second old.
 * (A bucket that refills continuously would let twenty through in some one-second windows.)
 * One pacer serves every request of a run, retries included.
 */
public final class RequestPacer {
    private final int limit;
    private final Duration window;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final ArrayDeque<Instant> spent = new ArrayDeque<>();

    public RequestPacer(int limit, Duration window, InstantSource clock, Sleeper sleeper) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a pacer needs a positive limit and window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The SEC's limit: ten requests a second. */
    public static RequestPacer sec(InstantSource clock, Sleeper sleeper) {
        return new RequestPacer(10, Duration.ofSeconds(1), clock, sleeper);
    }

    /** Waits until a request may go, and counts it. */
    public synchronized void acquire() throws InterruptedException {
        for (;;) {
            Instant now = clock.instant();
            while (!spent.isEmpty() && !spent.peekFirst().plus(window).isAfter(now)) {
                spent.removeFirst();
            }
            if (spent.size() < limit) {
                spent.addLast(now);
                return;
            }
            sleeper.sleep(Duration.between(now, spent.peekFirst().plus(window)));
        }
    }
}
