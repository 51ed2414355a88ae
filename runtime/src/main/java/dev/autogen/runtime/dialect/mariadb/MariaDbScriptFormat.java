package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.dialect.ScriptFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Scripts for the {@code mariadb} command-line client, which stops at the first error when it reads a
 * file from its standard input (unless given {@code --force}). The script sets {@code utf8mb4} and takes
 * {@code NO_BACKSLASH_ESCAPES} out of its own session's {@code sql_mode}, so that every literal, the
 * migrations' own and the history rows', means what it says. A statement that holds a semicolon (the
 * compound {@code BEGIN NOT ATOMIC ... END} of the guard before {@code DROP SCHEMA}) is wrapped in
 * {@code DELIMITER} commands with a delimiter the statement does not contain.
 *
 * <p>MariaDB commits each DDL statement implicitly, so the script frames no transaction and its header
 * says what a stop leaves. Stored texts with a backslash or a hidden character are written as
 * {@code CONCAT} of plain literals and {@code _utf8mb4 X'...'} hex literals, so that no line of the
 * script hides text and no {@code sql_mode} changes their meaning. The same format serves MySQL 8's
 * {@code mysql} client, except that MySQL has no {@code BEGIN NOT ATOMIC}; no test ran it there.
 */
public final class MariaDbScriptFormat implements ScriptFormat {
    private static final List<String> DELIMITERS = List.of("$$", "//", ";;", "$$$$");

    /** The format; it keeps no state. */
    public MariaDbScriptFormat() {
    }

    @Override
    public Optional<String> howToRun() {
        return Optional.of("mariadb --database=<database> < <this file>");
    }

    @Override
    public String runner() {
        return "the mariadb client";
    }

    @Override
    public List<String> notes() {
        return List.of("MariaDB commits each DDL statement implicitly: the script runs statement by statement, without"
                        + " transactions, and nothing it ran can be rolled back.",
                "If the mariadb client stops at a statement, the statements before it have committed and the revision"
                        + " it belongs to is not recorded: fix the cause, then run the statements from the failing one on.");
    }

    @Override
    public List<String> setup() {
        return List.of("SET NAMES utf8mb4", "SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')");
    }

    /**
     * The statement with its terminator, in {@code DELIMITER} commands when it holds a semicolon, after a
     * comment that names the hidden characters its literals hold, if any, since no MariaDB escape writes
     * them (see {@link MariaDbIdentifiers#literal}).
     */
    @Override
    public String statement(String sql) {
        return hiddenCharacters(sql) + terminated(sql);
    }

    private String hiddenCharacters(String sql) {
        List<String> hidden = sql.codePoints().filter(VisibleText::isHidden).distinct()
                .mapToObj(c -> String.format("U+%04X", c)).toList();
        return hidden.isEmpty() ? "" : comment("The next statement holds characters that do not show: "
                + String.join(", ", hidden) + "; review it in a hex viewer.");
    }

    private static String terminated(String sql) {
        if (sql.indexOf(';') < 0) {
            return sql + ";\n";
        }
        String delimiter = DELIMITERS.stream().filter(d -> !sql.contains(d)).findFirst().orElseThrow(() ->
                new AutogenException(ErrorCode.MIGRATION_FAILED, "The offline script cannot write the statement '"
                        + VisibleText.oneLine(sql) + "' for the mariadb client: it holds every delimiter autogen can"
                        + " choose (" + String.join(" ", DELIMITERS) + "). Run it with op.execute in smaller pieces."));
        return "DELIMITER " + delimiter + "\n" + sql + delimiter + "\nDELIMITER ;\n";
    }

    @Override
    public boolean framesTransactions() {
        return false;
    }

    @Override
    public String outsideTransaction() {
        return "on its own, as every MariaDB DDL statement commits implicitly.";
    }

    /**
     * The text as a literal the server reads as exactly the text under any {@code sql_mode}: a plain
     * literal with quotes doubled, or, where the text has a backslash or a hidden character, a
     * {@code CONCAT} whose parts write those characters as {@code _utf8mb4} hex literals.
     *
     * @throws AutogenException for a text with a lone surrogate, which has no UTF-8 form
     */
    @Override
    public String literal(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder special = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.getType(codePoint) == Character.SURROGATE) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The offline script cannot write the text '"
                        + VisibleText.oneLine(text) + "': it holds a lone surrogate, which no database stores. Remove"
                        + " it from the revision's id, parents or message.");
            }
            boolean escaped = codePoint == '\\' || VisibleText.isHidden(codePoint);
            (escaped ? special : plain).appendCodePoint(codePoint);
            StringBuilder other = escaped ? plain : special;
            if (!other.isEmpty()) {
                parts.add(escaped ? quoted(other) : hex(other));
                other.setLength(0);
            }
            i += Character.charCount(codePoint);
        }
        if (!plain.isEmpty() || parts.isEmpty() && special.isEmpty()) {
            parts.add(quoted(plain));
        }
        if (!special.isEmpty()) {
            parts.add(hex(special));
        }
        return parts.size() == 1 && parts.get(0).startsWith("'") ? parts.get(0)
                : "CONCAT(" + String.join(", ", parts) + ")";
    }

    private static String quoted(CharSequence text) {
        return "'" + text.toString().replace("'", "''") + "'";
    }

    private static String hex(CharSequence text) {
        return "_utf8mb4 X'" + HexFormat.of().withUpperCase().formatHex(text.toString().getBytes(StandardCharsets.UTF_8))
                + "'";
    }
}
