package dev.autogen.cli.spring;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Finds and parses the {@code application} files of a Spring Boot project in the places Spring Boot
 * reads them from the class path: {@code src/main/resources/} and {@code src/main/resources/config/},
 * the latter winning, and in each place YAML before {@code .properties}, which wins.
 */
final class SpringConfigFiles {
    static final List<String> LOCATIONS = List.of("src/main/resources/", "src/main/resources/config/");
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".properties");
    private static final Pattern PROPERTIES_SEPARATOR = Pattern.compile("(?m)^[#!]---[ \\t]*$");

    private final Path projectDirectory;

    SpringConfigFiles(Path projectDirectory) {
        this.projectDirectory = projectDirectory;
    }

    /** Whether the project has any base {@code application} file, which makes it a Spring Boot project. */
    boolean present() {
        return !documents(null).isEmpty();
    }

    /**
     * The documents of {@code application.*} ({@code profile} null) or of
     * {@code application-{profile}.*}, lowest precedence first.
     */
    List<SpringDocument> documents(String profile) {
        String name = profile == null ? "application" : "application-" + profile;
        List<SpringDocument> documents = new ArrayList<>();
        for (String location : LOCATIONS) {
            for (String extension : EXTENSIONS) {
                Path file = projectDirectory.resolve(location + name + extension);
                if (Files.isRegularFile(file)) {
                    documents.addAll(parse(file, location + name + extension));
                }
            }
        }
        return documents;
    }

    private static List<SpringDocument> parse(Path file, String relative) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "Cannot read the Spring Boot settings " + relative
                    + ": " + FileErrors.reason(e, file) + ". Check that the user running autogen may read it.", e);
        }
        return relative.endsWith(".properties") ? properties(text, relative) : yaml(text, relative);
    }

    private static List<SpringDocument> properties(String text, String relative) {
        List<SpringDocument> documents = new ArrayList<>();
        for (String part : PROPERTIES_SEPARATOR.split(text, -1)) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(part));
            } catch (IOException | IllegalArgumentException e) {
                throw unreadable(relative, e);
            }
            Map<String, String> values = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            documents.add(document(relative, values));
        }
        return documents;
    }

    private static List<SpringDocument> yaml(String text, String relative) {
        List<SpringDocument> documents = new ArrayList<>();
        try {
            for (Object loaded : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                Map<String, String> values = new LinkedHashMap<>();
                if (loaded instanceof Map<?, ?> map) {
                    flatten("", map, values);
                } else if (loaded != null) {
                    throw new AutogenException(ErrorCode.CONFIGURATION, "The Spring Boot settings " + relative
                            + " hold a document that is not a map of keys. Fix the YAML so that each document"
                            + " maps keys to values.");
                }
                documents.add(document(relative, values));
            }
        } catch (YAMLException e) {
            throw unreadable(relative, e);
        }
        return documents;
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }

    private static SpringDocument document(String relative, Map<String, String> values) {
        return new SpringDocument(relative, values.get(SpringDocument.ON_PROFILE), values);
    }

    private static AutogenException unreadable(String relative, Exception e) {
        return new AutogenException(ErrorCode.CONFIGURATION, "Cannot parse the Spring Boot settings " + relative
                + ": " + e.getMessage().strip() + ". Fix the file; Spring Boot would reject it too.", e);
    }
}
