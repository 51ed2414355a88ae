package dev.autogen.runtime.progress;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A clock for progress tests that moves only when told. */
public final class ManualClock implements LongSupplier {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long getAsLong() {
        return nanos.get();
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
