package dev.autogen.cli;

import dev.autogen.runtime.deploy.ConnectionOptions;
import dev.autogen.runtime.deploy.TerminalStyle;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Base of the commands that work on a project: global options, settings and output. */
abstract class ProjectCommand implements Callable<Integer> {
    @CommandLine.Mixin
    GlobalOptions options;

    @CommandLine.Mixin
    ConnectionOptions connection;

    @CommandLine.ParentCommand
    AutogenCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Project project() {
        return new Project(connection, options, parent.settings());
    }

    /** Says which settings a framework layer read, such as Spring Boot's files and profiles, if any. */
    void printSettingsSources(Project project) {
        String sources = project.settings().layer().description();
        if (!sources.isEmpty()) {
            out().println(sources);
        }
    }

    /** Prints, on stderr, what reading the entities had to tell the user. */
    void printNotices(Project project) {
        project.notices().forEach(notice -> err().println("note: " + notice));
    }

    /** Prints a warning on stderr: {@code warning: } and the message. */
    void warn(String message) {
        err().println(style().warning("warning:") + " " + message);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The style of this run's output: colour on a terminal, none otherwise. */
    TerminalStyle style() {
        return TerminalStyle.of(spec.commandLine());
    }
}
