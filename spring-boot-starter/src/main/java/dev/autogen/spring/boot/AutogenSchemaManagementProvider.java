package dev.autogen.spring.boot;

import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import javax.sql.DataSource;

/**
 * Tells Spring Boot that autogen manages the schema of its DataSource, so that Hibernate's
 * {@code ddl-auto} defaults to {@code none} there, as with Flyway, also on an embedded database.
 */
final class AutogenSchemaManagementProvider implements SchemaManagementProvider {
    private final DataSource managed;

    AutogenSchemaManagementProvider(DataSource managed) {
        this.managed = managed;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return managed.equals(dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
