package dev.autogen.runtime.deploy;

import javax.sql.DataSource;

/**
 * One schema or database of a run over many.
 *
 * @param name       the schema, or the database's URL with any password masked
 * @param dataSource its data source, or {@code null} when it cannot be used ({@code problem} says why)
 * @param problem    why it cannot be used, or {@code null}
 */
record FleetTarget(String name, DataSource dataSource, String problem) {
}
