package dev.autogen.runtime.deploy;

import picocli.CommandLine;

/** Feeds picocli the defaults from {@link Settings} for every option that was not given. */
public final class SettingsDefaults implements CommandLine.IDefaultValueProvider {
    private final Settings settings;

    public SettingsDefaults(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argument) {
        if (argument instanceof CommandLine.Model.OptionSpec option) {
            String name = option.longestName().replaceFirst("^--", "");
            String value = settings.get(name);
            if (value != null) {
                return value;
            }
        }
        return argument.defaultValue();
    }
}
