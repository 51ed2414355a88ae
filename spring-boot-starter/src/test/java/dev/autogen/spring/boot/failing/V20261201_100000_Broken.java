package dev.autogen.spring.boot.failing;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** A migration whose statement PostgreSQL rejects. */
@Revision(id = "20261201_100000", message = "broken")
public final class V20261201_100000_Broken implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE no_such_table ADD COLUMN x integer");
    }

    @Override
    public void downgrade(Operations op) {
    }
}
