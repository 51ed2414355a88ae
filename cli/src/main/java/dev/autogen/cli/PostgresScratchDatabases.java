package dev.autogen.cli;

import dev.autogen.runtime.deploy.Settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** PostgreSQL's scratch databases: embedded PostgreSQL servers (see {@link Database#shadow(Settings)}). */
final class PostgresScratchDatabases implements ScratchDatabases {

    @Override
    public Database shadow(Settings settings) {
        return Database.shadow(settings);
    }

    @Override
    public Database reusedShadow(Settings settings) {
        return Database.reusedShadow(settings);
    }

    @Override
    public List<ShadowObject> shadowObjects(Connection connection, List<String> schemas) throws SQLException {
        return PostgresShadowObjects.of(connection);
    }

    @Override
    public List<String> dropStatements(List<ShadowObject> created) {
        return created.stream().map(ShadowObject::drop).toList();
    }
}
