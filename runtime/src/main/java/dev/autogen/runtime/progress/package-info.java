/**
 * Progress of work that takes longer than about two seconds: a long migration statement, a run of
 * migrations, the embedded database's first start, a run over many schemas. Work begins a
 * {@link dev.autogen.runtime.progress.ProgressTask} on a {@link dev.autogen.runtime.progress.ProgressSink};
 * nothing shows until the task has run past the threshold, and then only on a daemon ticker thread
 * that reads the task and never touches the work itself. The command line shows one updating line
 * on a terminal or a line every few seconds in a log; an application logs through SLF4J.
 */
package dev.autogen.runtime.progress;
