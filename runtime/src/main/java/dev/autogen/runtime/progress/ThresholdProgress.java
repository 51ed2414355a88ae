package dev.autogen.runtime.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A sink that shows a task once it has run past a threshold, and again every {@code repeat} while it
 * runs. A daemon ticker thread, started with the first task and stopped after a while without one,
 * calls {@link #tick()}; the work runs on its own thread and is never waited on, interrupted or
 * touched: the ticker only reads the tasks' labels, and a display that fails is ignored.
 */
public final class ThresholdProgress implements ProgressSink {
    private static final long TICK_MS = 250;
    private static final int IDLE_TICKS_BEFORE_STOP = 40;

    private final ProgressDisplay display;
    private final long thresholdNanos;
    private final long repeatNanos;
    private final LongSupplier clock;
    private final boolean ticking;
    private final Queue<Running> running = new ConcurrentLinkedQueue<>();
    private final Object tickerLock = new Object();
    private final Object displayLock = new Object();
    private ScheduledExecutorService ticker;
    private int idleTicks;

    /**
     * A sink over a display.
     *
     * @param display   how tasks show
     * @param threshold how long a task runs before it shows
     * @param repeat    how often a shown task shows again while it runs
     * @param clock     the time in nanoseconds, {@code System::nanoTime} outside tests
     * @param ticking   whether a ticker thread calls {@link #tick()}; {@code false} in tests, which call it
     */
    public ThresholdProgress(ProgressDisplay display, Duration threshold, Duration repeat, LongSupplier clock,
                             boolean ticking) {
        this.display = Objects.requireNonNull(display, "display");
        this.thresholdNanos = threshold.toNanos();
        this.repeatNanos = repeat.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ticking = ticking;
    }

    /** A sink over a display with the usual threshold and a ticker thread. */
    public static ThresholdProgress ticking(ProgressDisplay display, Duration repeat) {
        return new ThresholdProgress(display, THRESHOLD, repeat, System::nanoTime, true);
    }

    @Override
    public ProgressTask begin(String label) {
        Running task = new Running(label, clock.getAsLong());
        running.add(task);
        if (ticking) {
            startTicker();
        }
        return task;
    }

    /** Shows the tasks that are due: past the threshold, and not shown within {@code repeat}. */
    public void tick() {
        long now = clock.getAsLong();
        List<ProgressDisplay.Line> due = new ArrayList<>();
        synchronized (displayLock) {
            for (Running task : running) {
                long elapsed = now - task.started;
                if (elapsed >= thresholdNanos && (task.shownAt < 0 || now - task.shownAt >= repeatNanos)) {
                    task.shownAt = now;
                    due.add(task.line(elapsed));
                }
            }
            if (!due.isEmpty()) {
                safely(() -> display.running(due));
            }
        }
    }

    private void end(Running task) {
        synchronized (displayLock) {
            if (running.remove(task) && task.shownAt >= 0) {
                safely(() -> display.finished(task.line(clock.getAsLong() - task.started)));
            }
        }
    }

    private void startTicker() {
        synchronized (tickerLock) {
            idleTicks = 0;
            if (ticker == null) {
                ticker = Executors.newSingleThreadScheduledExecutor(work -> {
                    Thread thread = new Thread(work, "autogen-progress");
                    thread.setDaemon(true);
                    return thread;
                });
                ticker.scheduleAtFixedRate(this::tickOrStop, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void tickOrStop() {
        safely(this::tick);
        synchronized (tickerLock) {
            if (!running.isEmpty()) {
                idleTicks = 0;
            } else if (++idleTicks >= IDLE_TICKS_BEFORE_STOP && ticker != null) {
                ticker.shutdown();
                ticker = null;
            }
        }
    }

    private static void safely(Runnable show) {
        try {
            show.run();
        } catch (RuntimeException ignored) {
            // progress is never worth failing or slowing the work it shows
        }
    }

    private final class Running implements ProgressTask {
        private final long started;
        private volatile String label;
        private long shownAt = -1;

        Running(String label, long started) {
            this.label = label;
            this.started = started;
        }

        ProgressDisplay.Line line(long elapsedNanos) {
            return new ProgressDisplay.Line(label, Duration.ofNanos(elapsedNanos));
        }

        @Override
        public void update(String next) {
            label = next;
        }

        @Override
        public void close() {
            end(this);
        }
    }
}
