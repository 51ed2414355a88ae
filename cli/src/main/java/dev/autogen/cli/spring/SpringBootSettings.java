package dev.autogen.cli.spring;

import dev.autogen.runtime.deploy.Settings;
import dev.autogen.runtime.deploy.SettingsLayer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings autogen takes from a Spring Boot project instead of asking the user to copy them:
 * {@code spring.datasource.url}, {@code username} and {@code password}, the naming strategies of
 * {@code spring.jpa.hibernate.naming.*} (Spring Boot's defaults when unset, as Spring Boot applies
 * them), and {@code spring.jpa.properties.hibernate.*} and {@code jakarta.persistence.*}. Values are
 * resolved when asked for, so a placeholder that cannot be resolved fails only a command that needs it.
 */
public final class SpringBootSettings implements SettingsLayer {
    /** The option that names the active profiles, overriding Spring's own. */
    public static final String PROFILES_OPTION = "spring-profiles";
    /** Spring Boot 4's default physical naming strategy. */
    public static final String DEFAULT_PHYSICAL_STRATEGY = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    /** Spring Boot 4's default implicit naming strategy. */
    public static final String DEFAULT_IMPLICIT_STRATEGY = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    static final String PHYSICAL_SETTING = "hibernate.physical_naming_strategy";
    static final String IMPLICIT_SETTING = "hibernate.implicit_naming_strategy";
    private static final String JPA_PROPERTIES = "spring.jpa.properties.";

    private final SpringEnvironment environment;
    private final List<String> files;
    private final List<String> profiles;
    private final String profilesOrigin;

    private SpringBootSettings(SpringEnvironment environment, List<String> files, List<String> profiles,
                               String profilesOrigin) {
        this.environment = environment;
        this.files = List.copyOf(files);
        this.profiles = List.copyOf(profiles);
        this.profilesOrigin = profilesOrigin;
    }

    /**
     * The Spring Boot settings of the project in the settings' working directory, or empty when it
     * is not a Spring Boot project.
     *
     * @param settings         autogen's own settings, which may name the profiles ({@code spring-profiles})
     * @param profilesArgument {@code --spring-profiles} from the command line, or {@code null}
     * @param environment      the process environment
     * @param systemProperties the Java system properties
     */
    public static Optional<SpringBootSettings> read(Settings settings, String profilesArgument,
                                                    Map<String, String> environment,
                                                    Map<String, String> systemProperties) {
        SpringConfigFiles config = new SpringConfigFiles(settings.workingDirectory());
        List<SpringDocument> base = config.documents(null);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        SpringEnvironment baseOnly = new SpringEnvironment(systemProperties, environment,
                base.stream().filter(document -> document.onProfile() == null).toList());
        String profilesOrigin;
        String profileList;
        if (profilesArgument != null) {
            profileList = profilesArgument;
            profilesOrigin = "--" + PROFILES_OPTION;
        } else if (settings.get(PROFILES_OPTION) != null) {
            profileList = settings.get(PROFILES_OPTION);
            profilesOrigin = Settings.environmentName(PROFILES_OPTION) + " or " + PROFILES_OPTION + " in " + Settings.FILE_NAME;
        } else {
            profileList = baseOnly.resolved("spring.profiles.active");
            profilesOrigin = baseOnly.origin("spring.profiles.active");
        }
        if (profileList == null || profileList.isBlank()) {
            String defaults = baseOnly.resolved("spring.profiles.default");
            profileList = defaults == null ? "default" : defaults;
            profilesOrigin = null;
        }
        List<String> profiles = Arrays.stream(profileList.split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).distinct().toList();
        Set<String> active = Set.copyOf(profiles);
        List<SpringDocument> documents = new ArrayList<>();
        for (SpringDocument document : base) {
            if (document.onProfile() == null || ProfileExpression.matches(document.onProfile(), active, document.file())) {
                documents.add(document);
            }
        }
        for (String profile : profiles) {
            for (SpringDocument document : config.documents(profile)) {
                if (document.onProfile() == null || ProfileExpression.matches(document.onProfile(), active, document.file())) {
                    documents.add(document);
                }
            }
        }
        Set<String> files = new LinkedHashSet<>();
        documents.forEach(document -> files.add(document.file()));
        return Optional.of(new SpringBootSettings(new SpringEnvironment(systemProperties, environment, documents),
                new ArrayList<>(files), profiles, profilesOrigin));
    }

    /** The files read, relative to the project folder, lowest precedence first. */
    public List<String> files() {
        return files;
    }

    /** The active profiles, in order; {@code default} when none is set. */
    public List<String> profiles() {
        return profiles;
    }

    @Override
    public String get(String name) {
        return switch (name) {
            case "url" -> environment.resolved("spring.datasource.url");
            case "user" -> environment.resolved("spring.datasource.username");
            default -> null;
        };
    }

    @Override
    public String password() {
        return environment.resolved("spring.datasource.password");
    }

    @Override
    public Map<String, String> hibernateSettings() {
        Map<String, String> settings = new TreeMap<>();
        for (String key : environment.keysStartingWith(JPA_PROPERTIES)) {
            String name = key.substring(JPA_PROPERTIES.length());
            if (name.startsWith("hibernate.") || name.startsWith("jakarta.persistence.")) {
                settings.put(name, environment.resolved(key).strip());
            }
        }
        String platform = environment.resolved("spring.jpa.database-platform");
        if (platform != null && !platform.isBlank()) {
            settings.putIfAbsent("hibernate.dialect", platform.strip());
        }
        naming(settings, PHYSICAL_SETTING, "spring.jpa.hibernate.naming.physical-strategy", DEFAULT_PHYSICAL_STRATEGY);
        naming(settings, IMPLICIT_SETTING, "spring.jpa.hibernate.naming.implicit-strategy", DEFAULT_IMPLICIT_STRATEGY);
        return settings;
    }

    private void naming(Map<String, String> settings, String setting, String springKey, String defaultStrategy) {
        String configured = environment.resolved(springKey);
        if (configured != null && !configured.isBlank()) {
            settings.put(setting, configured.strip());
        } else {
            settings.putIfAbsent(setting, defaultStrategy);
        }
    }

    @Override
    public String origin(String hibernateSetting) {
        String springKey = switch (hibernateSetting) {
            case PHYSICAL_SETTING -> "spring.jpa.hibernate.naming.physical-strategy";
            case IMPLICIT_SETTING -> "spring.jpa.hibernate.naming.implicit-strategy";
            case "hibernate.dialect" -> environment.origin(JPA_PROPERTIES + hibernateSetting) == null
                    ? "spring.jpa.database-platform" : JPA_PROPERTIES + hibernateSetting;
            default -> JPA_PROPERTIES + hibernateSetting;
        };
        String origin = environment.origin(springKey);
        if (origin == null && (PHYSICAL_SETTING.equals(hibernateSetting) || IMPLICIT_SETTING.equals(hibernateSetting))) {
            String jpaProperty = JPA_PROPERTIES + hibernateSetting;
            String fromProperties = environment.origin(jpaProperty);
            return fromProperties != null ? jpaProperty + " in " + fromProperties
                    : "Spring Boot's default for " + springKey + " (no naming strategy set in " + String.join(", ", files) + ")";
        }
        return origin == null ? null : springKey + " in " + origin;
    }

    @Override
    public String description() {
        return "Spring Boot settings read from " + String.join(", ", files) + " (profiles: " + String.join(", ", profiles)
                + (profilesOrigin == null ? "" : ", from " + profilesOrigin) + ")";
    }
}
