package dev.autogen.bench.liquibase;

import liquibase.command.CommandScope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Liquibase's {@code diffChangeLog} with its Hibernate 6 extension: the generated entities, listed
 * in {@code hibernate.cfg.xml} on the class path, are the reference and the database is the target.
 * Arguments: {@code JDBC_URL CHANGELOG_FILE}. Prints {@code metric diff_changelog MILLIS}.
 */
public final class LiquibaseDiff {
    private LiquibaseDiff() {
    }

    /** Writes the change log. */
    public static void main(String[] args) throws Exception {
        System.setProperty("liquibase.showBanner", "false");
        Path changelog = Path.of(args[1]);
        Files.deleteIfExists(changelog);
        long started = System.nanoTime();
        new CommandScope("diffChangelog")
                .addArgumentValue("url", args[0])
                .addArgumentValue("username", "postgres")
                .addArgumentValue("referenceUrl", "hibernate:classic:hibernate.cfg.xml")
                .addArgumentValue("changelogFile", changelog.toString())
                .execute();
        System.out.printf(Locale.ROOT, "metric diff_changelog %.3f%n", (System.nanoTime() - started) / 1_000_000.0);
        long changeSets = Files.exists(changelog)
                ? Files.readAllLines(changelog).stream().filter(l -> l.contains("<changeSet")).count() : 0;
        System.out.printf(Locale.ROOT, "metric change_sets %d%n", changeSets);
    }
}
