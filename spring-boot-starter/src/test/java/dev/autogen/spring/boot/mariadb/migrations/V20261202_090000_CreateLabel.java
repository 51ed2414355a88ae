package dev.autogen.spring.boot.mariadb.migrations;

import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.primaryKey;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** Create label. */
@Revision(id = "20261202_090000", message = "create label", dialect = "mariadb")
public final class V20261202_090000_CreateLabel implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("label",
                column("id", "bigint").notNull(),
                column("name", "varchar(255)"),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("label");
    }
}
