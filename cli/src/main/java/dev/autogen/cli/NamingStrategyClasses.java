package dev.autogen.cli;

import dev.autogen.entity.SpringBootImplicitNamingStrategy;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.deploy.Settings;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the naming strategy classes of the Hibernate settings before Hibernate sees them. Spring
 * Boot's implicit strategy, absent when the class path is only the project's own classes, is replaced
 * by autogen's equivalent; any other class that cannot be loaded is an error that names it, the
 * setting it came from, and how to put it on the class path.
 */
final class NamingStrategyClasses {
    private static final Set<String> SETTINGS = Set.of("hibernate.physical_naming_strategy",
            "hibernate.implicit_naming_strategy");
    private static final Set<String> SPRING_IMPLICIT = Set.of(
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");

    private NamingStrategyClasses() {
    }

    /** The settings with every naming strategy class loadable by {@code loader}. */
    static Map<String, String> resolve(Map<String, String> hibernateSettings, ClassLoader loader, Settings settings,
                                       String classpath) {
        Map<String, String> resolved = new TreeMap<>(hibernateSettings);
        for (String setting : SETTINGS) {
            String value = resolved.get(setting);
            if (value == null || !value.contains(".") || loadable(value, loader)) {
                continue;
            }
            if (SPRING_IMPLICIT.contains(value)) {
                resolved.put(setting, SpringBootImplicitNamingStrategy.class.getName());
            } else {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The naming strategy class " + value
                        + ", set by " + settings.origin(setting) + ", is not on the class path " + classpath
                        + ". Add the jar or folder that holds it to --classpath (the Maven plugin uses the"
                        + " project's own class path; 'mvn dependency:build-classpath' prints it), or correct the"
                        + " class name.");
            }
        }
        return resolved;
    }

    private static boolean loadable(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
