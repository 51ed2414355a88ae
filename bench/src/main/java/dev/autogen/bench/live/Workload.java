package dev.autogen.bench.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A writer and a reader on a table, each in a loop on its own connection, each query timed. The
 * writer alternates an update of a random row and an insert of a new one, in autocommit; the reader
 * looks up a random row by its primary key. A query failing (the change made the table briefly
 * unusable in a way the loop does not expect) is counted and the loop goes on.
 */
final class Workload implements AutoCloseable {
    private static final AtomicInteger NEXT_ID = new AtomicInteger(50_000_000);

    private final Loop writer;
    private final Loop reader;

    private Workload(Loop writer, Loop reader) {
        this.writer = writer;
        this.reader = reader;
    }

    /** Starts both loops on the table, whose ids run from 1 to {@code rows}. */
    static Workload start(String url, String table, int rows) throws SQLException {
        Loop writer = new Loop(url, "live-writer", connection -> {
            PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET amount = amount + 1 WHERE id = ?");
            PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                    + " (id, account, amount, code, ref) VALUES (?, ?, ?, ?, ?)");
            boolean[] inserting = {false};
            return () -> {
                inserting[0] = !inserting[0];
                if (inserting[0]) {
                    int id = NEXT_ID.incrementAndGet();
                    insert.setInt(1, id);
                    insert.setInt(2, id % 1000 + 1);
                    insert.setInt(3, id % 5000);
                    insert.setInt(4, id);
                    insert.setInt(5, id % 1000 + 1);
                    insert.executeUpdate();
                } else {
                    update.setInt(1, ThreadLocalRandom.current().nextInt(1, rows + 1));
                    update.executeUpdate();
                }
            };
        });
        Loop reader = new Loop(url, "live-reader", connection -> {
            PreparedStatement select = connection.prepareStatement("SELECT amount FROM " + table + " WHERE id = ?");
            return () -> {
                select.setInt(1, ThreadLocalRandom.current().nextInt(1, rows + 1));
                select.executeQuery().close();
            };
        });
        return new Workload(writer, reader);
    }

    /** The writer's longest query among those that overlapped the window, in milliseconds. */
    double writerStall(long fromNanos, long toNanos) {
        return writer.longest(fromNanos, toNanos);
    }

    /** The reader's longest query among those that overlapped the window, in milliseconds. */
    double readerStall(long fromNanos, long toNanos) {
        return reader.longest(fromNanos, toNanos);
    }

    /** Queries that failed, both loops together. */
    int failures() {
        return writer.failures + reader.failures;
    }

    /** Waits until both loops finished a query that started after {@code nanos}, then stops them. */
    void finishAfter(long nanos) throws InterruptedException {
        writer.awaitStartedAfter(nanos);
        reader.awaitStartedAfter(nanos);
        close();
    }

    @Override
    public void close() throws InterruptedException {
        writer.stop();
        reader.stop();
    }

    @FunctionalInterface
    private interface Query {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface Prepare {
        Query prepare(Connection connection) throws SQLException;
    }

    /** One loop: its thread, and the start and end of every query it ran. */
    private static final class Loop {
        private final Thread thread;
        private volatile boolean running = true;
        private long[] starts = new long[1 << 16];
        private long[] ends = new long[1 << 16];
        private int count;
        private volatile long lastStart;
        private volatile int failures;

        Loop(String url, String name, Prepare prepare) throws SQLException {
            Connection connection = DriverManager.getConnection(url + "?ApplicationName=" + name, "postgres", null);
            Query query = prepare.prepare(connection);
            thread = new Thread(() -> {
                try (connection) {
                    while (running) {
                        long start = System.nanoTime();
                        lastStart = start;
                        try {
                            query.run();
                        } catch (SQLException e) {
                            failures++;
                        }
                        record(start, System.nanoTime());
                    }
                } catch (SQLException e) {
                    failures++;
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        private synchronized void record(long start, long end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        synchronized double longest(long from, long to) {
            long longest = 0;
            for (int i = 0; i < count; i++) {
                if (ends[i] >= from && starts[i] <= to) {
                    longest = Math.max(longest, ends[i] - starts[i]);
                }
            }
            return longest / 1e6;
        }

        void awaitStartedAfter(long nanos) throws InterruptedException {
            while (thread.isAlive() && lastStart <= nanos) {
                Thread.sleep(5);
            }
            Thread.sleep(20);
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(60_000);
        }
    }
}
