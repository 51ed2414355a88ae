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
 * the working directory ({@code migrations-dir=...}), then the host's {@link SettingsLayer}, if any.
 */
public final class Settings {
    /** The properties file name. */
    public static final String FILE_NAME = "autogen.properties";

    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final Properties properties;
    private final SettingsLayer layer;

    private Settings(Path workingDirectory, Map<String, String> environment, Properties properties,
                     SettingsLayer layer) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
        this.properties = properties;
        this.layer = layer;
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
        return new Settings(workingDirectory, Map.copyOf(environment), properties, SettingsLayer.NONE);
    }

    /** These settings with a layer below {@code autogen.properties}, replacing any earlier layer. */
    public Settings withLayer(SettingsLayer below) {
        return new Settings(workingDirectory, environment, properties, below);
    }

    /** The layer below {@code autogen.properties}; {@link SettingsLayer#NONE} when there is none. */
    public SettingsLayer layer() {
        return layer;
    }

    /** The working directory that relative paths are resolved against. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /**
     * The value for an option name without dashes, from the environment, the properties file or the
     * layer below it.
     */
    public String get(String name) {
        String fromEnvironment = environment.get(environmentName(name));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        String fromFile = properties.getProperty(name);
        if (fromFile != null && !fromFile.isBlank()) {
            return fromFile.strip();
        }
        String fromLayer = layer.get(name);
        return fromLayer == null || fromLayer.isBlank() ? null : fromLayer;
    }

    /** An environment variable's value. */
    public String environment(String variable) {
        return environment.get(variable);
    }

    /** The password property of the file, if any. */
    public String filePassword() {
        return properties.getProperty("password");
    }

    /** The password of the file, else the layer's, if any. */
    public String storedPassword() {
        String fromFile = filePassword();
        return fromFile != null ? fromFile : layer.password();
    }

    /**
     * The {@code hibernate.*} and {@code jakarta.persistence.*} properties of the file over those of
     * the layer, passed to Hibernate when reading entities.
     */
    public Map<String, String> hibernateSettings() {
        Map<String, String> settings = new TreeMap<>(layer.hibernateSettings());
        for (String name : properties.stringPropertyNames()) {
            if (isHibernateSetting(name)) {
                settings.put(name, properties.getProperty(name).strip());
            }
        }
        return settings;
    }

    /** Where a Hibernate setting of {@link #hibernateSettings()} comes from, for messages. */
    public String origin(String hibernateSetting) {
        if (isHibernateSetting(hibernateSetting) && properties.getProperty(hibernateSetting) != null) {
            return hibernateSetting + " in " + FILE_NAME;
        }
        String fromLayer = layer.origin(hibernateSetting);
        return fromLayer != null ? fromLayer : hibernateSetting;
    }

    private static boolean isHibernateSetting(String name) {
        return name.startsWith("hibernate.") || name.startsWith("jakarta.persistence.");
    }

    /** The environment variable for an option: {@code AUTOGEN_} and the name in upper snake case. */
    public static String environmentName(String name) {
        return "AUTOGEN_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
