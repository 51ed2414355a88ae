package dev.autogen.spring.boot;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.List;

/**
 * Refuses a second migration tool on autogen's DataSource. Two tools that own one schema do not
 * know each other's changes: {@code autogen revision} would propose to drop the other tool's
 * tables, its history table included, and the order in which the two apply their migrations is
 * nobody's choice. Only bean definitions are inspected, so neither tool is started by the check.
 */
final class MigrationToolConflicts {
    /**
     * A migration tool Spring Boot can run at startup.
     *
     * @param name       what users call it
     * @param beanType   the class of the bean that migrates
     * @param prefix     the prefix of its Spring Boot settings
     */
    private record Tool(String name, String beanType, String prefix) {
    }

    private static final List<Tool> TOOLS = List.of(
            new Tool("Flyway", "org.flywaydb.core.Flyway", "spring.flyway"),
            new Tool("Liquibase", "liquibase.integration.spring.SpringLiquibase", "spring.liquibase"));

    private MigrationToolConflicts() {
    }

    /**
     * Fails when Flyway or Liquibase is set up to migrate the same DataSource as autogen: a bean of
     * its type is defined and it has no URL of its own ({@code spring.flyway.url},
     * {@code spring.liquibase.url}).
     */
    static void requireNoOtherTool(ConfigurableListableBeanFactory beanFactory, Environment environment) {
        ClassLoader classLoader = beanFactory.getBeanClassLoader();
        for (Tool tool : TOOLS) {
            if (!ClassUtils.isPresent(tool.beanType(), classLoader)
                    || environment.getProperty(tool.prefix() + ".url") != null) {
                continue;
            }
            String[] beans = beanFactory.getBeanNamesForType(ClassUtils.resolveClassName(tool.beanType(), classLoader),
                    true, false);
            if (beans.length > 0) {
                throw conflict(tool, Arrays.asList(beans));
            }
        }
    }

    private static AutogenStartupException conflict(Tool tool, List<String> beans) {
        return new AutogenStartupException(tool.name() + " (bean " + String.join(", ", beans) + ") and autogen"
                + " would both migrate the application's DataSource. Two tools that own one schema miss each"
                + " other's changes: 'autogen revision' would propose to drop " + tool.name() + "'s tables and its"
                + " history table, and which tool runs first is nobody's choice. Neither ran.",
                "Keep one of them: set " + tool.prefix() + ".enabled=false (or remove " + tool.name()
                        + ") to let autogen own the schema, or set autogen.enabled=false to keep " + tool.name()
                        + ". If " + tool.name() + " migrates another database, give it that database's URL with "
                        + tool.prefix() + ".url.");
    }
}
