package dev.autogen.spring.boot.locking;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Ddl.column;

/** Adds a column to a table that exists before the migration. */
@Revision(id = "20261201_110000", message = "add shelf code")
public final class V20261201_110000_AddShelfCode implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("busy_shelf", column("code", "varchar(20)"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("busy_shelf", "code");
    }
}
