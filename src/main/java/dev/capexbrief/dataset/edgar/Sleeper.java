package dev.capexbrief.dataset.edgar;

import java.time.Duration;

/** Waits; tests pass one that only moves a fake clock on. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
