package dev.autogen.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.lang.model.SourceVersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MigrationWriter#className}: {@code V<id>_<MessageInCamelCase>}. */
class ClassNameTest {
    private static final String ID = "20261130_141233";

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Add due date to todos               | V20261130_141233_AddDueDateToTodos",
        "add: user's e-mail (v2)!            | V20261130_141233_AddUserSEMailV2",
        "rename   todo.title -> todo.name    | V20261130_141233_RenameTodoTitleTodoName",
        "\"  ...leading, trailing...  \"     | V20261130_141233_LeadingTrailing",
        "2fa support                         | V20261130_141233_2faSupport",
        "keepCamelCase words                 | V20261130_141233_KeepCamelCaseWords",
        "ajouter l'été à la tâche            | V20261130_141233_AjouterLEteALaTache",
    })
    void punctuationSeparatesWords(String message, String expected) {
        assertEquals(expected, MigrationWriter.className(ID, message));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(quoteCharacter = '"', value = {"\"\"", "\"   \"", "\"!?. -- ()\""})
    void messageWithoutWordsGivesTheBareId(String message) {
        assertEquals("V" + ID, MigrationWriter.className(ID, message == null ? "" : message));
    }

    @Test
    void idCharactersThatCannotBeInANameBecomeUnderscores() {
        assertEquals("V2026_11_30_1_Init", MigrationWriter.className("2026-11-30.1", "init"));
    }

    @Test
    void veryLongMessageIsCutAtAWordBoundaryKeepingTheLeadingWords() {
        String message = "add the audit trail columns created by and updated by to every table of the billing "
                + "schema including invoices credit notes and payments";
        String full = "AddTheAuditTrailColumnsCreatedByAndUpdatedByToEveryTableOfTheBillingSchemaIncludingInvoices"
                + "CreditNotesAndPayments";

        String name = MigrationWriter.className(ID, message);

        String words = name.substring(("V" + ID + "_").length());
        assertTrue(name.startsWith("V" + ID + "_"), name);
        assertTrue(words.length() <= 60, name);
        assertTrue(words.length() >= 50, "should keep as many leading words as fit: " + name);
        assertTrue(full.startsWith(words), "words must be the leading words, none skipped: " + name);
        assertEquals("V" + ID + "_AddTheAuditTrailColumnsCreatedByAndUpdatedByToEveryTableOf", name);
    }

    @Test
    void aLongWordDoesNotLetLaterWordsJumpTheQueue() {
        String name = MigrationWriter.className(ID, "add " + "x".repeat(70) + " column");

        assertEquals("V" + ID + "_Add", name);
    }

    @Test
    void namesAreValidJavaIdentifiers() {
        for (String message : new String[] {"class", "new table", "", "été à la plage", "x".repeat(500), "int"}) {
            String name = MigrationWriter.className(ID, message);
            assertTrue(SourceVersion.isName(name) && !SourceVersion.isKeyword(name), name);
        }
    }
}
