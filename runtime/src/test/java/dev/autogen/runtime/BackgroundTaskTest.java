package dev.autogen.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackgroundTaskTest {
    @Test
    void joinReturnsTheResultComputedOnAnotherThread() {
        Thread caller = Thread.currentThread();
        BackgroundTask<Thread> task = BackgroundTask.start("test-task", Thread::currentThread);
        Thread worker = task.join();
        assertNotEquals(caller, worker);
        assertEquals("test-task", worker.getName());
    }

    @Test
    void joinRethrowsTheWorksOwnExceptionUnchanged() {
        AutogenException failure = new AutogenException(ErrorCode.CONFIGURATION, "No entity packages configured.");
        BackgroundTask<Object> task = BackgroundTask.start("test-task", () -> {
            throw failure;
        });
        assertSame(failure, assertThrows(AutogenException.class, task::join));
    }
}
