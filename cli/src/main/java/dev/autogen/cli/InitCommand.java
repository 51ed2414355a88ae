package dev.autogen.cli;

import dev.autogen.cli.spring.SpringBootApplicationPackage;
import dev.autogen.runtime.FileErrors;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.deploy.Settings;
import dev.autogen.runtime.deploy.SettingsLayer;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code autogen init}: writes {@code autogen.properties} and creates the migrations folder. */
@Command(name = "init", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} init"},
        description = "Write autogen.properties and create the migrations folder.")
final class InitCommand extends ProjectCommand {
    @Override
    public Integer call() {
        Project project = project();
        printSettingsSources(project);
        Path properties = project.settings().workingDirectory().resolve(Settings.FILE_NAME);
        if (project.isSpringBoot() && !Files.exists(properties)) {
            SpringBootApplicationPackage.find(project.settings().workingDirectory()).ifPresent(this::followStarter);
        }
        Path migrations = project.resolve(options.migrationsDir);
        if (Files.exists(properties)) {
            out().println(Settings.FILE_NAME + " exists already; left as it is.");
        } else {
            try {
                Files.writeString(properties, template(project));
            } catch (IOException e) {
                throw FileErrors.failed("Cannot write " + properties, properties, e, "Check that the user running"
                        + " autogen may write to " + properties.getParent() + ", or run 'init' in a folder it may"
                        + " write to");
            }
            out().println("Wrote " + Settings.FILE_NAME);
        }
        try {
            Files.createDirectories(migrations);
        } catch (IOException e) {
            throw FileErrors.failed("Cannot create the migrations folder " + migrations, migrations, e, "Check that"
                    + " every part of that path is a folder the user running autogen may write to, or set"
                    + " --migrations-dir (migrations-dir in " + Settings.FILE_NAME + ") to another folder");
        }
        out().println("Migrations go to " + project.settings().workingDirectory().relativize(migrations)
                + " (package " + options.migrationsPackage + ")");
        if (options.entities == null) {
            out().println("Next: set entities= in " + Settings.FILE_NAME + " to the packages of your @Entity classes,"
                    + " compile, then run 'autogen revision -m \"initial schema\"'.");
        }
        return 0;
    }

    /**
     * Puts the entities and the migrations where a Spring Boot app has them: the entities below the
     * {@code @SpringBootApplication} package, as Spring Boot scans them, and the migrations in its
     * {@code .migrations} subpackage, where the starter looks for them. Values given to init stay.
     */
    private void followStarter(String applicationPackage) {
        if (options.entities == null) {
            options.entities = applicationPackage;
        }
        if (isDefault("--migrations-dir", options.migrationsDir, GlobalOptions.DEFAULT_MIGRATIONS_DIR)
                && isDefault("--migrations-package", options.migrationsPackage, GlobalOptions.DEFAULT_MIGRATIONS_PACKAGE)) {
            options.migrationsPackage = applicationPackage + ".migrations";
            options.migrationsDir = SpringBootApplicationPackage.SOURCES + "/"
                    + options.migrationsPackage.replace('.', '/');
        }
    }

    private boolean isDefault(String option, String value, String defaultValue) {
        return value.equals(defaultValue) && !spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private String template(Project project) {
        SettingsLayer spring = project.settings().layer();
        boolean springBoot = project.isSpringBoot();
        String url = differs(connection.url(), spring, "url");
        String user = differs(connection.user(), spring, "user");
        return "# autogen settings. Every option can also be given as --name on the command line\n"
                + "# or as the environment variable AUTOGEN_NAME (e.g. AUTOGEN_URL).\n"
                + (springBoot ? springNote(spring) : "")
                + "\n"
                + (springBoot
                    ? "# The database comes from spring.datasource.*; set url=, user= here only to override it.\n"
                    : "# JDBC URL of the database. Leave it unset to use an embedded PostgreSQL kept in .autogen/\n")
                + (url == null ? "# url=jdbc:postgresql://localhost:5432/app\n" : "url=" + value(url) + "\n")
                + (user == null ? "# user=app\n" : "user=" + value(user) + "\n")
                + (springBoot
                    ? "# The password comes from AUTOGEN_PASSWORD (see --password-env), from password= here,\n"
                        + "# or from spring.datasource.password; never from the command line.\n"
                    : "# The password comes from the environment variable AUTOGEN_PASSWORD (see --password-env),\n"
                        + "# or from password= here; never from the command line.\n")
                + "\n"
                + "# Where the compiled entity classes are, and which packages hold them.\n"
                + "classpath=" + value(options.classpath) + "\n"
                + (options.entities == null ? "# entities=com.example.model\n" : "entities=" + value(options.entities) + "\n")
                + "\n"
                + "# Where the migration sources live, and their Java package.\n"
                + "migrations-dir=" + value(options.migrationsDir) + "\n"
                + "migrations-package=" + value(options.migrationsPackage) + "\n"
                + "\n"
                + (springBoot
                    ? "# Spring Boot's naming strategies and spring.jpa.properties.hibernate.* apply as in the app;\n"
                        + "# a hibernate.* setting here overrides them for autogen.\n"
                    : "# Any hibernate.* setting is passed to Hibernate when reading the entities, e.g.\n"
                        + "# hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n");
    }

    /** The header that says which Spring Boot files autogen reads, so that nothing is copied from them. */
    private static String springNote(SettingsLayer spring) {
        return "#\n"
                + "# This is a Spring Boot project: autogen reads spring.datasource.url, username and password,\n"
                + "# spring.jpa.hibernate.naming.* and spring.jpa.properties.* from the application files.\n"
                + "# " + VisibleText.oneLine(spring.description()) + "\n";
    }

    /** The value, or {@code null} when it is the one the layer below gives anyway. */
    private static String differs(String value, SettingsLayer layer, String name) {
        return value == null || value.equals(layer.get(name)) ? null : value;
    }

    /**
     * The value as a properties file reads it back exactly: backslashes doubled, line breaks and
     * leading blanks escaped, so no value can end its line and set another property.
     */
    static String value(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
