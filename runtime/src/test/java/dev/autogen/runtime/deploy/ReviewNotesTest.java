package dev.autogen.runtime.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A {@code // REVIEW:} note belongs to the {@code op.} statement right below it. */
class ReviewNotesTest {
    private static String migration(String upgradeBody) {
        return "public final class V1 implements Migration {\n"
                + "    @Override\n"
                + "    public void upgrade(Operations ops) {\n"
                + upgradeBody
                + "    }\n\n"
                + "    @Override\n"
                + "    public void downgrade(Operations ops) {\n"
                + "        // REVIEW: not the upgrade\n"
                + "        ops.dropTable(\"t\");\n"
                + "    }\n"
                + "}\n";
    }

    @Test
    void aNoteRightAboveAStatementCoversThatStatementOnly() {
        ReviewNotes notes = ReviewNotes.of(migration(
                "        ops.addColumn(\"t\", column(\"a\", \"int\"));\n"
                        + "        // REVIEW: t is small, the index builds in a second\n"
                        + "        //         and blocks only writes\n"
                        + "        ops.createIndex(\"t\", index(\"ix\", \"a\"));\n"
                        + "        // REVIEW: a note with a blank line below it covers nothing\n"
                        + "\n"
                        + "        ops.execute(\"UPDATE t SET a = 1; -- op.fake(\");\n"
                        + "        /* ops.dropTable(\"x\"); */ ops.execute(\"ALTER TABLE t ADD COLUMN b int\");\n"), 4);
        assertNull(notes.problem());
        assertEquals(List.of(false, true, false, false), notes.noted());
    }

    @Test
    void aNoteAboveTheUpgradeMethodCoversTheWholeMigration() {
        String source = migration("        for (String c : columns) {\n            ops.addColumn(\"t\", column(c, \"int\"));\n"
                + "        }\n").replace("    @Override\n    public void upgrade", "    // REVIEW: all reviewed\n"
                + "    @Override\n    public void upgrade");
        ReviewNotes notes = ReviewNotes.of(source, 3);
        assertNull(notes.problem());
        assertTrue(notes.isNoted(0) && notes.isNoted(2));
    }

    @Test
    void statementsThatDoNotMatchTheRecordedOperationsCannotBePaired() {
        ReviewNotes notes = ReviewNotes.of(migration("        for (String c : columns) {\n"
                + "            // REVIEW: reviewed\n            ops.addColumn(\"t\", column(c, \"int\"));\n        }\n"), 3);
        assertEquals("its upgrade() records 3 operations but has 1 ops. statement (a loop, a helper method or a"
                + " condition), so notes cannot be paired with operations; once you have reviewed them all, put one"
                + " // REVIEW: note right above the upgrade method", notes.problem());
        assertTrue(!notes.isNoted(0));
    }

    @Test
    void aCompiledClassHasNoNotesToRead() {
        assertTrue(ReviewNotes.withoutSource().problem().contains("known only as a compiled class"));
        assertEquals("no upgrade(Operations ...) method found in its source", ReviewNotes.of("class X {}", 1).problem());
    }

    @Test
    void theCountsInTheProblemReadRightForOneAndTwo() {
        ReviewNotes notes = ReviewNotes.of(migration("        if (big) {\n            ops.addColumn(\"t\", column(\"a\", \"int\"));\n"
                + "        } else {\n            ops.addColumn(\"t\", column(\"b\", \"int\"));\n        }\n"), 1);
        assertTrue(notes.problem().startsWith("its upgrade() records 1 operation but has 2 ops. statements (a loop"),
                notes.problem());
    }
}
