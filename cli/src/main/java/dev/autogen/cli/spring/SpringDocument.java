package dev.autogen.cli.spring;

import java.util.Map;

/**
 * One document of a Spring Boot configuration file: a whole {@code .properties} file or a part of it
 * after {@code #---}, or one YAML document, with its keys flattened as Spring names them
 * ({@code spring.datasource.url}, {@code list[0]}).
 *
 * @param file       the file, relative to the project folder, for messages
 * @param onProfile  its {@code spring.config.activate.on-profile} expression, or {@code null}
 * @param properties its keys and raw values, placeholders unresolved
 */
record SpringDocument(String file, String onProfile, Map<String, String> properties) {
    static final String ON_PROFILE = "spring.config.activate.on-profile";

    SpringDocument {
        properties = Map.copyOf(properties);
    }
}
