package db.migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

@Revision(id = "20300101_000001", message = "backfill titles")
public final class V20300101_000001_Backfill implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.execute("UPDATE todo SET title = ''");
    }

    @Override
    public void downgrade(Operations op) {
    }
}
