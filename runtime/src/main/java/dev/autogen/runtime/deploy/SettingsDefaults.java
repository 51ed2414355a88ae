package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import picocli.CommandLine;

import java.util.Optional;

/**
 * Feeds picocli the defaults from {@link Settings} for every option that was not given. A setting
 * that cannot be read is remembered rather than thrown into picocli's parser, so that the command
 * fails with its message and exit code before it runs.
 */
public final class SettingsDefaults implements CommandLine.IDefaultValueProvider {
    private final Settings settings;
    private AutogenException failure;

    public SettingsDefaults(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argument) {
        if (argument instanceof CommandLine.Model.OptionSpec option) {
            String name = option.longestName().replaceFirst("^--", "");
            try {
                String value = settings.get(name);
                if (value != null) {
                    return value;
                }
            } catch (AutogenException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        return argument.defaultValue();
    }

    /** The first setting that could not be read while parsing, if any. */
    public Optional<AutogenException> failure() {
        return Optional.ofNullable(failure);
    }
}
