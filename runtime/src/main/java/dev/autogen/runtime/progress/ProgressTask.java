package dev.autogen.runtime.progress;

/** A piece of work under way, shown by its sink once it has run long enough; closing it ends it. */
public interface ProgressTask extends AutoCloseable {
    /** A task that shows nothing. */
    ProgressTask NONE = new ProgressTask() {
        @Override
        public void update(String label) {
        }

        @Override
        public void close() {
        }
    };

    /** Says what the work is doing now, such as {@code [37/100] tenant_037 upgraded}. */
    void update(String label);

    /** Ends the task; a line it showed is cleared or closed with how long it took. */
    @Override
    void close();
}
