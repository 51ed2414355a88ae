package dev.autogen.runtime.it.ctor;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** A migration whose constructor throws. */
@Revision(id = "20240301_000002", parents = "20240301_000001", message = "broken")
public class V20240301_000002_Broken implements Migration {
    public V20240301_000002_Broken() {
        throw new IllegalStateException("configuration missing");
    }

    @Override
    public void upgrade(Operations op) {
        op.execute("SELECT 1");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("SELECT 1");
    }
}
