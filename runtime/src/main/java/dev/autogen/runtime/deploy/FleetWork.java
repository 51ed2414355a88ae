package dev.autogen.runtime.deploy;

import dev.autogen.runtime.SecretMask;

import javax.sql.DataSource;

/**
 * The work a run over many schemas or databases does on each one, such as {@code check} comparing
 * the entities with it. It throws to fail on that target alone.
 */
@FunctionalInterface
public interface FleetWork {
    /**
     * Works on one target.
     *
     * @param dataSource its data source, drawing on the run's {@code --parallel} bound of connections;
     *                   a schema's connections resolve unqualified names in that schema
     * @param name       the schema, or the database's URL with any password masked, for messages
     * @param mask       hides the database's password in messages
     * @return what it found
     */
    FleetResult run(DataSource dataSource, String name, SecretMask mask);
}
