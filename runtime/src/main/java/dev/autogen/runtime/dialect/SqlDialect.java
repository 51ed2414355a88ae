package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.MigrationOperation;

import java.util.List;

/** Renders operations as SQL statements for one database. */
public interface SqlDialect {
    /** The statements, without trailing semicolons, that carry out the operation in order. */
    List<String> toSql(MigrationOperation operation);

    /** The dialect's name, as users spell it in {@code --dialect}. */
    String name();
}
