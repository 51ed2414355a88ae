package dev.autogen.runtime;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a daemon thread of its own, whose result, or exception, {@link #join()} hands back
 * to the thread that needs it. A task nobody joins, because the command failed first, is abandoned.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {
    private final FutureTask<T> task;

    private BackgroundTask(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts the work now on a daemon thread with the given name. */
    public static <T> BackgroundTask<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundTask<>(task);
    }

    /** Waits for the result; rethrows the work's own unchecked exception unchanged. */
    public T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(ErrorCode.INTERNAL, "Interrupted while waiting for work on another thread.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AutogenException(ErrorCode.INTERNAL, "Unexpected " + cause + ".", cause);
        }
    }
}
