package dev.autogen.cli.spring;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spring Boot's view of a property as autogen can see it without starting the app: Java system
 * properties, then environment variables (also in Spring's relaxed form, {@code SPRING_DATASOURCE_URL}),
 * then the active documents of the {@code application} files, the last one winning. Values have their
 * {@code ${NAME}} and {@code ${NAME:default}} placeholders resolved from the same sources.
 */
final class SpringEnvironment {
    private static final int MAX_DEPTH = 32;

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final List<SpringDocument> documents;

    /** @param documents the active documents, lowest precedence first */
    SpringEnvironment(Map<String, String> systemProperties, Map<String, String> environment,
                      List<SpringDocument> documents) {
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
        this.documents = List.copyOf(documents);
    }

    /** A raw value and where it was found. */
    record Entry(String value, String origin) {
    }

    /** The raw value of a key, placeholders unresolved, or {@code null}. */
    Entry raw(String key) {
        String fromSystem = systemProperties.get(key);
        if (fromSystem != null) {
            return new Entry(fromSystem, "the system property " + key);
        }
        for (String variable : environmentNames(key)) {
            String fromEnvironment = environment.get(variable);
            if (fromEnvironment != null) {
                return new Entry(fromEnvironment, "the environment variable " + variable);
            }
        }
        for (int i = documents.size() - 1; i >= 0; i--) {
            SpringDocument document = documents.get(i);
            String value = document.properties().get(key);
            if (value != null) {
                return new Entry(value, document.file());
            }
        }
        return null;
    }

    /** The resolved value of a key, or {@code null} when no source sets it. */
    String resolved(String key) {
        Entry entry = raw(key);
        return entry == null ? null : resolve(entry.value(), key, entry.origin(), 0);
    }

    /** Where a key's value comes from, or {@code null}. */
    String origin(String key) {
        Entry entry = raw(key);
        return entry == null ? null : entry.origin();
    }

    /** The keys of all documents that start with a prefix, in name order. */
    Set<String> keysStartingWith(String prefix) {
        Set<String> keys = new java.util.TreeSet<>();
        for (SpringDocument document : documents) {
            document.properties().keySet().stream().filter(key -> key.startsWith(prefix)).forEach(keys::add);
        }
        return keys;
    }

    private String resolve(String value, String key, String origin, int depth) {
        if (depth > MAX_DEPTH) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The value of " + key + " in " + origin
                    + " refers to itself through its placeholders. Break the cycle of ${...} references.");
        }
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            if (start < 0) {
                result.append(value, i, value.length());
                break;
            }
            int end = closing(value, start + 2);
            if (end < 0) {
                result.append(value, i, value.length());
                break;
            }
            result.append(value, i, start);
            String placeholder = value.substring(start + 2, end);
            int colon = defaultSeparator(placeholder);
            String name = colon < 0 ? placeholder : placeholder.substring(0, colon);
            String resolvedName = resolve(name, key, origin, depth + 1).strip();
            Entry found = raw(resolvedName);
            if (found != null) {
                result.append(resolve(found.value(), resolvedName, found.origin(), depth + 1));
            } else if (colon >= 0) {
                result.append(resolve(placeholder.substring(colon + 1), key, origin, depth + 1));
            } else {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The value of " + key + " in " + origin
                        + " uses ${" + name + "}, which is set nowhere: not as a system property, an environment"
                        + " variable (" + String.join(" or ", environmentNames(resolvedName)) + ") or a key of the"
                        + " Spring Boot settings. Set it, give it a default (${" + name + ":value}), or set the"
                        + " option for autogen itself (on the command line or in autogen.properties).");
            }
            i = end + 1;
        }
        return result.toString();
    }

    private static int closing(String value, int from) {
        int nesting = 0;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                nesting++;
                i++;
            } else if (value.charAt(i) == '}') {
                if (nesting == 0) {
                    return i;
                }
                nesting--;
            }
        }
        return -1;
    }

    private static int defaultSeparator(String placeholder) {
        int nesting = 0;
        for (int i = 0; i < placeholder.length(); i++) {
            if (placeholder.startsWith("${", i)) {
                nesting++;
                i++;
            } else if (placeholder.charAt(i) == '}') {
                nesting--;
            } else if (placeholder.charAt(i) == ':' && nesting == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The environment variables Spring Boot binds a key from: as it is, and upper case with underscores. */
    static List<String> environmentNames(String key) {
        Set<String> names = new LinkedHashSet<>();
        names.add(key);
        String upper = key.toUpperCase(Locale.ROOT).replace('.', '_');
        names.add(upper.replace("-", ""));
        names.add(upper.replace('-', '_'));
        return new ArrayList<>(names);
    }
}
