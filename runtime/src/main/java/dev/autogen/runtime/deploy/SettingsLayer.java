package dev.autogen.runtime.deploy;

import java.util.Map;

/**
 * A source of settings below {@code autogen.properties}, such as a framework's own configuration
 * files that a host reads instead of asking the user to copy them. Its values are asked for only when
 * no option, environment variable or properties entry gives one, and may fail then, with a message
 * that names the file and key.
 */
public interface SettingsLayer {
    /** No layer. */
    SettingsLayer NONE = new SettingsLayer() {
        @Override
        public String get(String name) {
            return null;
        }

        @Override
        public String password() {
            return null;
        }

        @Override
        public Map<String, String> hibernateSettings() {
            return Map.of();
        }

        @Override
        public String origin(String hibernateSetting) {
            return null;
        }

        @Override
        public String description() {
            return "";
        }
    };

    /** The value of an option name without dashes ({@code url}, {@code user}), or {@code null}. */
    String get(String name);

    /** The database password this layer holds, or {@code null}. */
    String password();

    /** The Hibernate settings this layer gives, defaults included. */
    Map<String, String> hibernateSettings();

    /** Where a Hibernate setting of {@link #hibernateSettings()} comes from, for messages; {@code null} if not from here. */
    String origin(String hibernateSetting);

    /** One line that says what this layer read, or an empty string when it read nothing. */
    String description();
}
