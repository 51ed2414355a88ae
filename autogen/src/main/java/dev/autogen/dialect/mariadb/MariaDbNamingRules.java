package dev.autogen.dialect.mariadb;

import dev.autogen.entity.NamingRules;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's {@link NamingRules}: names keep their case, quoted or not; a name holds at most 64 characters
 * and a longer one fails (error 1059) rather than being cut; the primary key is always {@code PRIMARY};
 * an unnamed check on a column is named after that column, an unnamed table check {@code CONSTRAINT_n}
 * in the order of the table's unnamed checks; an inline unique key is named after its column.
 */
public final class MariaDbNamingRules implements NamingRules {
    /** The one instance. */
    public static final MariaDbNamingRules INSTANCE = new MariaDbNamingRules();
    /** The longest name MariaDB keeps, in characters. */
    public static final int MAX_LENGTH = 64;
    /** The name of every primary key. */
    public static final String PRIMARY = "PRIMARY";

    private static final Pattern NUMBERED = Pattern.compile("^(check|key)(\\d*)$");

    private MariaDbNamingRules() {
    }

    @Override
    public String storedName(String text, boolean quoted, String what) {
        String stored = quoted ? unescape(text, what) : word(text, what);
        if (stored.codePointCount(0, stored.length()) > MAX_LENGTH) {
            throw new AutogenException(ErrorCode.ENTITY_MODEL, "The " + what + " is "
                    + stored.codePointCount(0, stored.length()) + " characters long, but MariaDB refuses names of more"
                    + " than " + MAX_LENGTH + " characters (error 1059). Give it a name of at most " + MAX_LENGTH
                    + " characters in the mapping (the name of its @Table, @Column, @JoinTable, @CollectionTable,"
                    + " @Index, @SequenceGenerator or constraint).");
        }
        return stored;
    }

    @Override
    public String storedNameOfText(String name, String what) {
        boolean quoted = name.length() > 1
                && (name.startsWith("`") && name.endsWith("`") || name.startsWith("\"") && name.endsWith("\""));
        return storedName(quoted ? name.substring(1, name.length() - 1) : name, quoted, what);
    }

    @Override
    public int maxLength() {
        return MAX_LENGTH;
    }

    @Override
    public String describeMaxLength() {
        return MAX_LENGTH + " characters";
    }

    @Override
    public String primaryKeyName(String table, String name) {
        return PRIMARY;
    }

    /**
     * For a check or an inline unique key of a column, the column's name ({@code _2}, {@code _3} when
     * taken); without a column, {@code CONSTRAINT_1}, {@code CONSTRAINT_2} and so on; for anything else,
     * table and column joined by underscores with the label.
     */
    @Override
    public String defaultConstraintName(String table, String column, String label) {
        Matcher numbered = NUMBERED.matcher(label);
        if (!numbered.matches()) {
            return table + "_" + (column == null ? "" : column + "_") + label;
        }
        int pass = numbered.group(2).isEmpty() ? 0 : Integer.parseInt(numbered.group(2));
        if (column == null) {
            return "CONSTRAINT_" + (pass + 1);
        }
        return pass == 0 ? column : column + "_" + (pass + 1);
    }

    /** An unnamed table check is {@code CONSTRAINT_n}, whichever columns it refers to. */
    @Override
    public String tableCheckName(String table, String referencedColumn, String label) {
        return defaultConstraintName(table, null, label);
    }

    /** An unnamed column check is named after the column it is declared on. */
    @Override
    public String columnCheckName(String table, String declaringColumn, String referencedColumn, String label) {
        return defaultConstraintName(table, declaringColumn, label);
    }

    /** Index and key names are unique per table, and every primary key is {@code PRIMARY}. */
    @Override
    public boolean keyNamesSharedBySchema() {
        return false;
    }

    private static String unescape(String text, String what) {
        if (text.replace("``", "").indexOf('`') >= 0) {
            throw new AutogenException(ErrorCode.ENTITY_MODEL, "The " + what + " holds a lone backtick, which"
                    + " MariaDB cannot read inside a quoted name. Double it (``) or leave it out.");
        }
        return text.replace("``", "`");
    }

    private static String word(String text, String what) {
        boolean word = !text.isEmpty() && !text.chars().allMatch(Character::isDigit)
                && text.chars().allMatch(c -> c == '_' || c == '$' || c >= 0x80 || Character.isLetterOrDigit(c));
        if (!word) {
            throw new AutogenException(ErrorCode.ENTITY_MODEL, "The " + what + " is not one SQL word, and Hibernate"
                    + " writes it into its SQL without quotes, where MariaDB reads it differently. Name it with"
                    + " letters, digits and underscores, or quote it in the mapping (\\\"" + text
                    + "\\\" in a Java string).");
        }
        return text;
    }
}
