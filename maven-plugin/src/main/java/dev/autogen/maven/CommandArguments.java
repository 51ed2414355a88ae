package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The argument list of one autogen command, built from plugin parameters: an option is passed only
 * when its parameter is set, so an unset parameter leaves the value to the environment,
 * {@code autogen.properties} and the defaults, as on the command line.
 */
final class CommandArguments {
    private final List<String> arguments = new ArrayList<>();

    CommandArguments(String command) {
        arguments.add(command);
    }

    /** Adds {@code --name value} when the value is set. */
    CommandArguments option(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            arguments.add(name);
            arguments.add(value.toString());
        }
        return this;
    }

    /** Adds {@code --name value} once for each value. */
    CommandArguments repeated(String name, List<String> values) {
        if (values != null) {
            values.forEach(value -> option(name, value));
        }
        return this;
    }

    /** Adds {@code --name} when the flag is on. */
    CommandArguments flag(String name, boolean on) {
        if (on) {
            arguments.add(name);
        }
        return this;
    }

    /** Adds positional parameters, after an {@code --} so that one starting with a dash (-1) is not an option. */
    CommandArguments positional(List<String> values) {
        if (values != null && !values.isEmpty()) {
            if (!arguments.contains("--")) {
                arguments.add("--");
            }
            arguments.addAll(values);
        }
        return this;
    }

    /** The arguments, the command's name first. */
    String[] toArray() {
        return arguments.toArray(String[]::new);
    }
}
