package dev.autogen.bench.live;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;

import java.util.List;
import java.util.function.BiConsumer;

import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.unique;

/**
 * One kind of change of the table: what the copy of the table needs first, the plain
 * migration (the DDL Hibernate would emit, as autogen writes it with {@code --plain-ddl}) and the
 * lock-safe one autogen writes by default, both as migrations on the {@link Operations} API.
 *
 * @param name        the change, as the report names it
 * @param preparation statements that prepare the copy ({@code %s} is its name)
 * @param plain       the plain migration's upgrade on a table
 * @param safe        the lock-safe upgrade, or {@code null} when the change has no online form
 * @param followUp    a second, {@code transactional = false} migration of the safe form (a batched
 *                    backfill, each statement committed on its own), or {@code null}
 */
record ChangeKind(String name, List<String> preparation, BiConsumer<Operations, String> plain,
                  BiConsumer<Operations, String> safe, BiConsumer<Operations, String> followUp) {
    ChangeKind(String name, List<String> preparation, BiConsumer<Operations, String> plain,
               BiConsumer<Operations, String> safe) {
        this(name, preparation, plain, safe, null);
    }

    private static final int BATCH = 10_000;

    /** The kinds of the table, in its order. */
    static List<ChangeKind> all(int rows) {
        return List.of(
                new ChangeKind("add index", List.of(),
                        (op, t) -> op.createIndex(t, index(t + "_account_idx", "account")),
                        (op, t) -> op.createIndexConcurrently(t, index(t + "_account_idx", "account"))),
                new ChangeKind("drop index", List.of("CREATE INDEX %1$s_account_idx ON %1$s (account)"),
                        (op, t) -> op.dropIndex(t, t + "_account_idx"),
                        (op, t) -> op.dropIndexConcurrently(t, t + "_account_idx")),
                new ChangeKind("add foreign key", List.of(),
                        (op, t) -> op.addForeignKey(t, foreignKey(t + "_ref_fk", "ref").references("live_parent", "id")),
                        (op, t) -> {
                            op.addForeignKeyNotValid(t, foreignKey(t + "_ref_fk", "ref").references("live_parent", "id"));
                            op.validateConstraint(t, t + "_ref_fk");
                        }),
                new ChangeKind("add check", List.of(),
                        (op, t) -> op.addCheck(t, check(t + "_amount_check", "amount >= 0")),
                        (op, t) -> {
                            op.addCheckNotValid(t, check(t + "_amount_check", "amount >= 0"));
                            op.validateConstraint(t, t + "_amount_check");
                        }),
                new ChangeKind("set NOT NULL", List.of(),
                        (op, t) -> op.setNotNull(t, "amount"),
                        (op, t) -> op.setNotNullViaCheck(t, "amount")),
                new ChangeKind("add unique", List.of(),
                        (op, t) -> op.addUnique(t, unique(t + "_code_key", "code")),
                        (op, t) -> op.addUniqueConcurrently(t, unique(t + "_code_key", "code"))),
                new ChangeKind("integer → bigint", List.of(),
                        (op, t) -> op.alterColumnType(t, "amount", "bigint"),
                        null),
                new ChangeKind("volatile default", List.of(),
                        (op, t) -> op.addColumn(t, column("token", "uuid").defaultValue("gen_random_uuid()")),
                        (op, t) -> {
                            op.addColumn(t, column("token", "uuid"));
                            op.setDefault(t, "token", "gen_random_uuid()");
                        },
                        (op, t) -> {
                            for (int from = 0; from < rows; from += BATCH) {
                                op.execute("UPDATE " + t + " SET token = gen_random_uuid() WHERE id > " + from
                                        + " AND id <= " + (from + BATCH) + " AND token IS NULL");
                            }
                        }));
    }

    /** The plain migration on a table. */
    Migration plainOn(String table) {
        return migration(plain, table);
    }

    /** The lock-safe migration on a table. */
    Migration safeOn(String table) {
        return migration(safe, table);
    }

    /** The follow-up migration of the safe form on a table, or {@code null}. */
    Migration followUpOn(String table) {
        return followUp == null ? null : migration(followUp, table);
    }

    private static Migration migration(BiConsumer<Operations, String> upgrade, String table) {
        return new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op, table);
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
    }
}
