package dev.autogen.runtime.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Progress logged at INFO through SLF4J, for a migrator inside an application. */
final class LoggedLines implements ProgressDisplay {
    private static final Logger LOG = LoggerFactory.getLogger(LoggedLines.class);

    @Override
    public void running(List<Line> tasks) {
        tasks.forEach(task -> LOG.info("Still running after {}: {}", Line.seconds(task.elapsed()), task.label()));
    }

    @Override
    public void finished(Line task) {
        LOG.info("Finished after {}: {}", Line.seconds(task.elapsed()), task.label());
    }
}
