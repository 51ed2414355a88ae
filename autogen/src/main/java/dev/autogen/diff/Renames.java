package dev.autogen.diff;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.schema.SchemaModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The renames a user confirmed, as {@code --rename} values: {@code old=new} for a table (names may
 * be schema-qualified; a new name without schema stays in the old one's schema) and
 * {@code table.old=new} for a column; a name qualified with the session's current schema is the
 * unqualified one. Candidates not confirmed here may be put to a
 * {@link RenameQuestion}; without one they stay drops and adds with a review note.
 */
public final class Renames {
    /**
     * One {@code --rename} value.
     *
     * @param from the left side, as given
     * @param to   the right side, as given
     */
    record Spec(String from, String to) {
        @Override
        public String toString() {
            return from + "=" + to;
        }
    }

    private final List<Spec> specs;
    private final RenameQuestion question;
    private final String currentSchema;

    private Renames(List<Spec> specs, RenameQuestion question, String currentSchema) {
        this.specs = List.copyOf(specs);
        this.question = question;
        this.currentSchema = currentSchema;
    }

    /** No renames confirmed and no one to ask. */
    public static Renames none() {
        return new Renames(List.of(), null, SchemaModel.DEFAULT_SCHEMA);
    }

    /**
     * The renames of {@code --rename} values.
     *
     * @throws AutogenException with {@link ErrorCode#CONFIGURATION} when a value is not {@code old=new}
     */
    public static Renames of(List<String> values) {
        List<Spec> specs = new ArrayList<>();
        for (String value : values) {
            int equals = value.indexOf('=');
            String from = equals < 0 ? "" : value.substring(0, equals).strip();
            String to = equals < 0 ? "" : value.substring(equals + 1).strip();
            if (from.isEmpty() || to.isEmpty() || to.contains("=") || from.startsWith(".") || from.endsWith(".")) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "Invalid --rename value '" + value
                        + "': write old=new for a table (e.g. todos=tasks) or table.old=new for a column"
                        + " (e.g. todos.title=headline).");
            }
            specs.add(new Spec(from, to));
        }
        return new Renames(specs, null, SchemaModel.DEFAULT_SCHEMA);
    }

    /** These renames, asking the question about every other candidate. */
    public Renames askingWith(RenameQuestion renameQuestion) {
        return new Renames(specs, renameQuestion, currentSchema);
    }

    /**
     * These renames for a session whose current schema is the given one, {@value SchemaModel#DEFAULT_SCHEMA}
     * unless told: names qualified with it are the model's unqualified names.
     */
    public Renames inCurrentSchema(String schema) {
        return new Renames(specs, question, schema);
    }

    String currentSchema() {
        return currentSchema;
    }

    List<Spec> specs() {
        return specs;
    }

    /** Whether the user confirms a candidate that no {@code --rename} value named. */
    boolean confirm(RenameCandidate candidate) {
        return question != null && question.confirm(candidate);
    }
}
