package dev.autogen.cli;

import dev.autogen.runtime.deploy.Settings;

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
}
