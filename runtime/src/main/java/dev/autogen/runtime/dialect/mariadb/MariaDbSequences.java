package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.SequenceDef;

import java.util.List;

import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.literal;
import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.quote;
import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.quoteQualified;

/** MariaDB's sequences (10.3+; MySQL has none), written {@code NOCACHE} as Hibernate writes them. */
final class MariaDbSequences {
    /** The session variable that carries the restart value from the query into {@code EXECUTE IMMEDIATE}. */
    static final String RESTART_VARIABLE = "@autogen_sequence_restart";

    private MariaDbSequences() {
    }

    /**
     * {@code CREATE SEQUENCE ... NOCACHE}, and when it continues after a column, a restart at the column's
     * largest value plus one increment (never below its start), so that a pooled generator's first block
     * begins after the rows already there. {@code ALTER SEQUENCE ... RESTART} takes only a constant and
     * {@code EXECUTE IMMEDIATE} no subquery, so the value passes through a session variable.
     */
    static List<String> create(CreateSequence op) {
        SequenceDef sequence = op.sequence();
        String create = "CREATE SEQUENCE " + quoteQualified(sequence.name()) + " START WITH " + sequence.start()
                + " INCREMENT BY " + sequence.increment() + " NOCACHE";
        ContinueAfter after = op.continueAfter();
        if (after == null || sequence.increment() < 0) {
            return List.of(create);
        }
        return List.of(create,
                "SET " + RESTART_VARIABLE + " = (SELECT GREATEST(COALESCE(MAX(" + quote(after.column()) + "), 0) + "
                        + sequence.increment() + ", " + sequence.start() + ") FROM " + quoteQualified(after.table()) + ")",
                "EXECUTE IMMEDIATE CONCAT(" + literal("ALTER SEQUENCE " + quoteQualified(sequence.name())
                        + " RESTART WITH ") + ", " + RESTART_VARIABLE + ")");
    }

    /** {@code ALTER SEQUENCE ... INCREMENT BY ... START WITH ...}: the next value stays, the start is what a restart goes back to. */
    static List<String> alter(AlterSequence op) {
        return List.of("ALTER SEQUENCE " + quoteQualified(op.sequence().name()) + " INCREMENT BY "
                + op.sequence().increment() + " START WITH " + op.sequence().start());
    }
}
