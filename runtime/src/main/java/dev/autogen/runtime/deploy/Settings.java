package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where option values come from when not given on the command line: first the environment
 * ({@code AUTOGEN_MIGRATIONS_DIR} for {@code --migrations-dir}), then {@code autogen.properties} in
 * the working directory ({@code migrations-dir=...}).
 */
public final class Settings {
    /** The properties file name. */
    public static final String FILE_NAME = "autogen.properties";

    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final Properties properties;

    private Settings(Path workingDirectory, Map<String, String> environment, Properties properties) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
        this.properties = properties;
    }

    /** Reads the settings of a working directory. */
    public static Settings load(Path workingDirectory, Map<String, String> environment) {
        Properties properties = new Properties();
        Path file = workingDirectory.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "Cannot read " + file + ": "
                        + FileErrors.reason(e, file) + ". Check that the user running autogen may read it.", e);
            }
        }
        return new Settings(workingDirectory, Map.copyOf(environment), properties);
    }

    /** The working directory that relative paths are resolved against. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** The value for an option name without dashes, from the environment or the properties file. */
    public String get(String name) {
        String fromEnvironment = environment.get(environmentName(name));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        String fromFile = properties.getProperty(name);
        return fromFile == null || fromFile.isBlank() ? null : fromFile.strip();
    }

    /** An environment variable's value. */
    public String environment(String variable) {
        return environment.get(variable);
    }

    /** The password property of the file, if any. */
    public String filePassword() {
        return properties.getProperty("password");
    }

    /** The {@code hibernate.*} properties of the file, passed to Hibernate when reading entities. */
    public Map<String, String> hibernateSettings() {
        Map<String, String> settings = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("hibernate.") || name.startsWith("jakarta.persistence.")) {
                settings.put(name, properties.getProperty(name).strip());
            }
        }
        return settings;
    }

    /** The environment variable for an option: {@code AUTOGEN_} and the name in upper snake case. */
    public static String environmentName(String name) {
        return "AUTOGEN_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
