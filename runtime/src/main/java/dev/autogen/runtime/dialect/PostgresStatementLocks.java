package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.SqlTokens.Token;
import dev.autogen.runtime.dialect.StatementShape.NotNullCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.autogen.runtime.dialect.LockMode.ACCESS_EXCLUSIVE;
import static dev.autogen.runtime.dialect.LockMode.ACCESS_SHARE;
import static dev.autogen.runtime.dialect.LockMode.ROW_EXCLUSIVE;
import static dev.autogen.runtime.dialect.LockMode.SHARE;
import static dev.autogen.runtime.dialect.LockMode.SHARE_ROW_EXCLUSIVE;
import static dev.autogen.runtime.dialect.LockMode.SHARE_UPDATE_EXCLUSIVE;

/**
 * Recognises the shape of one PostgreSQL statement, rendered by the dialect or written by hand, and
 * says which table locks it takes and what it does to the rows, as PostgreSQL 12 and later document
 * it for {@code ALTER TABLE}, {@code CREATE INDEX}, {@code COMMENT} and the explicit-locking chapter.
 * A statement it does not recognise is {@linkplain StatementShape#unknown unknown}.
 */
final class PostgresStatementLocks {
    private static final Set<String> CONSTRAINT_WORDS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN",
            "EXCLUDE");
    private static final Set<String> VOLATILE_FUNCTIONS = Set.of("RANDOM", "GEN_RANDOM_UUID", "UUID_GENERATE_V1",
            "UUID_GENERATE_V4", "CLOCK_TIMESTAMP", "TIMEOFDAY", "NEXTVAL", "STATEMENT_TIMESTAMP", "TXID_CURRENT",
            "UUIDV7", "UUIDV4");
    private static final Set<String> SERIAL_TYPES = Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL4", "SERIAL8",
            "SERIAL2");

    private final List<Token> tokens;
    private int position;

    private PostgresStatementLocks(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The shape of the statement made of these tokens. */
    static StatementShape recognise(List<Token> tokens) {
        return new PostgresStatementLocks(tokens).statement();
    }

    private StatementShape statement() {
        if (accept("CREATE")) {
            return create();
        }
        if (accept("DROP")) {
            return drop();
        }
        if (accept("ALTER")) {
            if (accept("TABLE")) {
                return alterTable();
            }
            if (accept("INDEX")) {
                return alterIndex();
            }
            if (accept("SEQUENCE")) {
                return StatementShape.of(List.of(), TableWork.CATALOG, "changes a sequence, no table lock");
            }
            if (accept("TYPE")) {
                return StatementShape.of(List.of(), TableWork.CATALOG, "changes a type, no table lock");
            }
            return unknown();
        }
        if (accept("COMMENT") && accept("ON")) {
            return comment();
        }
        if (accept("UPDATE")) {
            accept("ONLY");
            String table = qualifiedName();
            return table == null ? unknown() : rowWrites(table, "UPDATE");
        }
        if (accept("DELETE") && accept("FROM")) {
            accept("ONLY");
            String table = qualifiedName();
            return table == null ? unknown() : rowWrites(table, "DELETE");
        }
        if (accept("INSERT") && accept("INTO")) {
            String table = qualifiedName();
            return table == null ? unknown() : StatementShape.of(List.of(new TableLock(table, ROW_EXCLUSIVE)),
                    TableWork.WRITES_SOME_ROWS, "adds rows; blocks no other session");
        }
        if (accept("SELECT")) {
            return select();
        }
        if (accept("TRUNCATE")) {
            accept("TABLE");
            accept("ONLY");
            List<TableLock> locks = new ArrayList<>();
            for (String table : nameList()) {
                locks.add(new TableLock(table, ACCESS_EXCLUSIVE));
            }
            return locks.isEmpty() ? unknown() : StatementShape.of(locks, TableWork.CATALOG, "empties the table");
        }
        return unknown();
    }

    private StatementShape create() {
        if (accept("OR") && accept("REPLACE") || peek("VIEW")) {
            return accept("VIEW") ? view("creates the view") : unknown();
        }
        boolean unique = accept("UNIQUE");
        if (accept("INDEX")) {
            boolean concurrently = accept("CONCURRENTLY");
            if (accept("IF")) {
                accept("NOT");
                accept("EXISTS");
            }
            if (!peek("ON")) {
                qualifiedName();
            }
            if (!accept("ON")) {
                return unknown();
            }
            accept("ONLY");
            String table = qualifiedName();
            if (table == null) {
                return unknown();
            }
            String kind = unique ? "unique index" : "index";
            return concurrently
                    ? StatementShape.of(List.of(new TableLock(table, SHARE_UPDATE_EXCLUSIVE)), TableWork.SCAN,
                    "builds the " + kind + " in two scans without blocking; waits for transactions that are already open")
                    : StatementShape.of(List.of(new TableLock(table, SHARE)), TableWork.SCAN, "builds the " + kind);
        }
        if (unique) {
            return unknown();
        }
        if (accept("TABLE")) {
            if (accept("IF")) {
                accept("NOT");
                accept("EXISTS");
            }
            String table = qualifiedName();
            if (table == null) {
                return unknown();
            }
            List<TableLock> locks = new ArrayList<>();
            locks.add(new TableLock(table, ACCESS_EXCLUSIVE));
            for (int i = position; i < tokens.size() - 1; i++) {
                if (tokens.get(i).is("REFERENCES")) {
                    position = i + 1;
                    String referenced = qualifiedName();
                    if (referenced != null) {
                        locks.add(new TableLock(referenced, SHARE_ROW_EXCLUSIVE));
                    }
                }
            }
            return StatementShape.of(locks, TableWork.CATALOG, "creates the table").withCreatedTable(table);
        }
        if (accept("SEQUENCE") || accept("SCHEMA") || accept("TYPE")) {
            return StatementShape.of(List.of(), TableWork.CATALOG, "no table lock");
        }
        return unknown();
    }

    private StatementShape drop() {
        if (accept("VIEW")) {
            if (accept("IF")) {
                accept("EXISTS");
            }
            return view("drops the view");
        }
        if (accept("INDEX")) {
            boolean concurrently = accept("CONCURRENTLY");
            return StatementShape.of(List.of(), TableWork.CATALOG, concurrently
                    ? "SHARE UPDATE EXCLUSIVE on the index's table; waits for transactions that use it"
                    : "ACCESS EXCLUSIVE on the index's table, briefly");
        }
        if (accept("TABLE")) {
            if (accept("IF")) {
                accept("EXISTS");
            }
            List<TableLock> locks = new ArrayList<>();
            for (String table : nameList()) {
                locks.add(new TableLock(table, ACCESS_EXCLUSIVE));
            }
            return locks.isEmpty() ? unknown() : StatementShape.of(locks, TableWork.CATALOG,
                    "drops the table; the tables its foreign keys reference are locked too");
        }
        if (accept("SEQUENCE") || accept("SCHEMA") || accept("TYPE")) {
            return StatementShape.of(List.of(), TableWork.CATALOG, "no table lock");
        }
        return unknown();
    }

    private StatementShape view(String what) {
        String view = qualifiedName();
        return view == null ? unknown() : StatementShape.of(List.of(new TableLock(view, ACCESS_EXCLUSIVE)),
                TableWork.CATALOG, what + "; the tables it reads are not locked against writes");
    }

    private StatementShape alterIndex() {
        if (accept("IF")) {
            accept("EXISTS");
        }
        qualifiedName();
        if (accept("RENAME")) {
            return StatementShape.of(List.of(), TableWork.CATALOG, "SHARE UPDATE EXCLUSIVE on the index only, briefly; no lock on its table");
        }
        return unknown();
    }

    private StatementShape comment() {
        boolean column = accept("COLUMN");
        if (!column && !accept("TABLE")) {
            return StatementShape.of(List.of(), TableWork.CATALOG, "no table lock");
        }
        List<String> parts = nameParts();
        if (parts.isEmpty() || column && parts.size() < 2) {
            return unknown();
        }
        List<String> tableParts = column ? parts.subList(0, parts.size() - 1) : parts;
        return StatementShape.of(List.of(new TableLock(join(tableParts), SHARE_UPDATE_EXCLUSIVE)), TableWork.CATALOG, "");
    }

    private StatementShape rowWrites(String table, String verb) {
        boolean where = false;
        for (int i = position; i < tokens.size(); i++) {
            where |= tokens.get(i).is("WHERE");
        }
        return StatementShape.of(List.of(new TableLock(table, ROW_EXCLUSIVE)),
                where ? TableWork.WRITES_SOME_ROWS : TableWork.WRITES_ALL_ROWS,
                verb + (where ? " locks the rows it changes until commit"
                        : " without WHERE locks every row until commit: batch it on a large table"));
    }

    private StatementShape select() {
        int depth = 0;
        for (int i = position; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            depth += token.isPunct("(") ? 1 : token.isPunct(")") ? -1 : 0;
            if (depth == 0 && token.is("FROM")) {
                position = i + 1;
                String table = qualifiedName();
                if (table == null) {
                    return unknown();
                }
                return StatementShape.of(List.of(new TableLock(table, ACCESS_SHARE)), TableWork.READ,
                        "reads the table; blocks no other session");
            }
        }
        return StatementShape.of(List.of(), TableWork.CATALOG, "reads no table");
    }

    private StatementShape alterTable() {
        if (accept("IF")) {
            accept("EXISTS");
        }
        accept("ONLY");
        String table = qualifiedName();
        if (table == null) {
            return unknown();
        }
        accept("*");
        List<TableLock> locks = new ArrayList<>();
        locks.add(new TableLock(table, ACCESS_EXCLUSIVE));
        TableWork work = TableWork.CATALOG;
        List<String> notes = new ArrayList<>();
        List<NotNullCheck> checks = new ArrayList<>();
        List<String> validated = new ArrayList<>();
        List<String> notNull = new ArrayList<>();
        List<String> types = new ArrayList<>();
        LockMode mode = null;
        for (List<Token> action : actions()) {
            Action recognised = new AlterTableAction(action).recognise();
            if (recognised == null) {
                return unknown();
            }
            mode = mode == null || recognised.mode().compareTo(mode) > 0 ? recognised.mode() : mode;
            work = recognised.work().compareTo(work) > 0 ? recognised.work() : work;
            if (!recognised.note().isEmpty()) {
                notes.add(recognised.note());
            }
            if (recognised.referenced() != null && !recognised.referenced().equals(table)) {
                locks.add(new TableLock(recognised.referenced(), recognised.referencedMode()));
            }
            if (recognised.check() != null) {
                checks.add(recognised.check());
            }
            if (recognised.validated() != null) {
                validated.add(recognised.validated());
            }
            if (recognised.notNullColumn() != null) {
                notNull.add(recognised.notNullColumn());
            }
            if (recognised.typeColumn() != null) {
                types.add(recognised.typeColumn());
            }
        }
        if (mode == null) {
            return unknown();
        }
        locks.set(0, new TableLock(table, mode));
        return StatementShape.of(locks, work, String.join("; ", notes)).withFacts(checks, validated, notNull, types);
    }

    /** The comma-separated actions of an {@code ALTER TABLE}, split outside parentheses. */
    private List<List<Token>> actions() {
        List<List<Token>> actions = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = position; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            depth += token.isPunct("(") ? 1 : token.isPunct(")") ? -1 : 0;
            if (depth == 0 && token.isPunct(",")) {
                actions.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            actions.add(current);
        }
        return actions;
    }

    /**
     * One recognised action of an {@code ALTER TABLE}.
     *
     * @param mode           the lock on the altered table
     * @param work           what it does to the rows
     * @param note           a remark, or empty
     * @param referenced     the table a foreign key references, or {@code null}
     * @param referencedMode the lock on that table
     * @param check          the not-null check it adds, or {@code null}
     * @param validated      the constraint it validates, or {@code null}
     * @param notNullColumn  the column it sets NOT NULL, or {@code null}
     * @param typeColumn     the column whose type it changes, or {@code null}
     */
    private record Action(LockMode mode, TableWork work, String note, String referenced, LockMode referencedMode,
                          NotNullCheck check, String validated, String notNullColumn, String typeColumn) {
        static Action of(LockMode mode, TableWork work, String note) {
            return new Action(mode, work, note, null, null, null, null, null, null);
        }
    }

    /** Recognises one action of an {@code ALTER TABLE}. */
    private static final class AlterTableAction {
        private final PostgresStatementLocks cursor;

        AlterTableAction(List<Token> tokens) {
            this.cursor = new PostgresStatementLocks(tokens);
        }

        Action recognise() {
            PostgresStatementLocks c = cursor;
            if (c.accept("ADD")) {
                if (c.peekAny(CONSTRAINT_WORDS)) {
                    return addConstraint();
                }
                c.accept("COLUMN");
                return addColumn();
            }
            if (c.accept("DROP")) {
                if (c.accept("CONSTRAINT")) {
                    return Action.of(ACCESS_EXCLUSIVE, TableWork.CATALOG, "");
                }
                c.accept("COLUMN");
                return Action.of(ACCESS_EXCLUSIVE, TableWork.CATALOG, "");
            }
            if (c.accept("VALIDATE") && c.accept("CONSTRAINT")) {
                String name = c.identifier();
                return new Action(SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, "validates without blocking reads or writes",
                        null, null, null, name, null, null);
            }
            if (c.accept("ALTER")) {
                c.accept("COLUMN");
                String column = c.identifier();
                return column == null ? null : alterColumn(column);
            }
            if (c.accept("RENAME") || c.accept("SET") && c.accept("SCHEMA")) {
                return Action.of(ACCESS_EXCLUSIVE, TableWork.CATALOG, "");
            }
            return null;
        }

        private Action addConstraint() {
            PostgresStatementLocks c = cursor;
            String name = null;
            if (c.accept("CONSTRAINT")) {
                name = c.identifier();
            }
            boolean notValid = c.containsSequence("NOT", "VALID");
            if (c.accept("FOREIGN")) {
                int at = c.indexOf("REFERENCES");
                if (at < 0) {
                    return null;
                }
                c.position = at + 1;
                String referenced = c.qualifiedName();
                return new Action(SHARE_ROW_EXCLUSIVE, notValid ? TableWork.CATALOG : TableWork.SCAN,
                        notValid ? "NOT VALID: existing rows are checked later by VALIDATE CONSTRAINT"
                                : "checks every existing row against the referenced table",
                        referenced, SHARE_ROW_EXCLUSIVE, null, null, null, null);
            }
            if (c.accept("CHECK")) {
                return new Action(ACCESS_EXCLUSIVE, notValid ? TableWork.CATALOG : TableWork.SCAN,
                        notValid ? "NOT VALID: existing rows are checked later by VALIDATE CONSTRAINT"
                                : "checks every existing row",
                        null, null, new NotNullCheck(name, c.notNullColumn(), !notValid), null, null, null);
            }
            boolean primaryKey = c.accept("PRIMARY");
            if (primaryKey) {
                c.accept("KEY");
            } else if (!c.accept("UNIQUE") && !c.accept("EXCLUDE")) {
                return null;
            }
            if (c.containsSequence("USING", "INDEX")) {
                return Action.of(ACCESS_EXCLUSIVE, TableWork.CATALOG, primaryKey
                        ? "takes over the index; scans unless its columns are NOT NULL already" : "takes over the index");
            }
            return Action.of(ACCESS_EXCLUSIVE, TableWork.SCAN, "builds the constraint's index");
        }

        private Action addColumn() {
            PostgresStatementLocks c = cursor;
            if (c.accept("IF")) {
                c.accept("NOT");
                c.accept("EXISTS");
            }
            if (c.identifier() == null) {
                return null;
            }
            Token type = c.next();
            if (type != null && SERIAL_TYPES.contains(type.text())) {
                return Action.of(ACCESS_EXCLUSIVE, TableWork.REWRITE, "a serial column fills every row from its sequence");
            }
            if (c.indexOf("IDENTITY") >= 0) {
                return Action.of(ACCESS_EXCLUSIVE, TableWork.REWRITE, "an identity column fills every row from its sequence");
            }
            if (c.containsSequence("GENERATED", "ALWAYS") && c.indexOf("STORED") >= 0) {
                return Action.of(ACCESS_EXCLUSIVE, TableWork.REWRITE, "a stored generated column is computed for every row");
            }
            int at = c.indexOf("DEFAULT");
            if (at >= 0 && c.volatileAfter(at)) {
                return Action.of(ACCESS_EXCLUSIVE, TableWork.REWRITE,
                        "a volatile default is evaluated for every row: add the column nullable, set the default, backfill in batches");
            }
            int references = c.indexOf("REFERENCES");
            if (references >= 0) {
                c.position = references + 1;
                return new Action(ACCESS_EXCLUSIVE, TableWork.CATALOG, "", c.qualifiedName(), SHARE_ROW_EXCLUSIVE,
                        null, null, null, null);
            }
            return Action.of(ACCESS_EXCLUSIVE, TableWork.CATALOG, "");
        }

        private Action alterColumn(String column) {
            PostgresStatementLocks c = cursor;
            if (c.accept("TYPE") || c.accept("SET") && c.accept("DATA") && c.accept("TYPE")) {
                return new Action(ACCESS_EXCLUSIVE, TableWork.REWRITE,
                        "rewrites the table and its indexes unless the change is binary-coercible", null, null, null,
                        null, null, column);
            }
            c.position = 0;
            c.accept("ALTER");
            c.accept("COLUMN");
            c.identifier();
            if (c.accept("SET")) {
                if (c.accept("NOT")) {
                    c.accept("NULL");
                    return new Action(ACCESS_EXCLUSIVE, TableWork.SCAN,
                            "scans every row for nulls unless a valid CHECK (col IS NOT NULL) exists", null, null, null,
                            null, column, null);
                }
                if (c.accept("STATISTICS") || c.peek("(")) {
                    return Action.of(SHARE_UPDATE_EXCLUSIVE, TableWork.CATALOG, "");
                }
                return Action.of(ACCESS_EXCLUSIVE, TableWork.CATALOG, "");
            }
            if (c.accept("DROP") || c.accept("ADD") || c.accept("RESET")) {
                return Action.of(ACCESS_EXCLUSIVE, TableWork.CATALOG, "");
            }
            return null;
        }
    }

    /** The column of a {@code CHECK (col IS NOT NULL)} expression that follows, or {@code null}. */
    private String notNullColumn() {
        int start = position;
        if (accept("(")) {
            Token column = next();
            if (column != null && column.isIdentifier() && accept("IS") && accept("NOT") && accept("NULL") && accept(")")) {
                return column.identifier();
            }
        }
        position = start;
        return null;
    }

    private boolean volatileAfter(int index) {
        for (int i = index + 1; i < tokens.size() - 1; i++) {
            if (tokens.get(i).kind() == SqlTokens.Kind.WORD && VOLATILE_FUNCTIONS.contains(tokens.get(i).text())
                    && tokens.get(i + 1).isPunct("(")) {
                return true;
            }
        }
        return false;
    }

    private boolean containsSequence(String first, String second) {
        for (int i = position; i < tokens.size() - 1; i++) {
            if (tokens.get(i).is(first) && tokens.get(i + 1).is(second)) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(String word) {
        for (int i = position; i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> nameList() {
        List<String> names = new ArrayList<>();
        String name = qualifiedName();
        while (name != null) {
            names.add(name);
            name = accept(",") ? qualifiedName() : null;
        }
        return names;
    }

    /** A possibly schema-qualified name, written as operations spell tables, or {@code null}. */
    private String qualifiedName() {
        List<String> parts = nameParts();
        return parts.isEmpty() || parts.size() > 2 ? null : join(parts);
    }

    private List<String> nameParts() {
        List<String> parts = new ArrayList<>();
        String part = identifier();
        while (part != null) {
            parts.add(part);
            part = accept(".") ? identifier() : null;
        }
        return parts;
    }

    private static String join(List<String> parts) {
        return parts.size() == 1 ? PostgresIdentifiers.qualify(null, parts.get(0))
                : PostgresIdentifiers.qualify(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    }

    private String identifier() {
        Token token = position < tokens.size() ? tokens.get(position) : null;
        if (token == null || !token.isIdentifier()) {
            return null;
        }
        position++;
        return token.identifier();
    }

    private Token next() {
        return position < tokens.size() ? tokens.get(position++) : null;
    }

    private boolean peek(String text) {
        if (position >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(position);
        return token.is(text) || token.isPunct(text);
    }

    private boolean peekAny(Set<String> words) {
        return position < tokens.size() && tokens.get(position).kind() == SqlTokens.Kind.WORD
                && words.contains(tokens.get(position).text());
    }

    private boolean accept(String text) {
        if (peek(text)) {
            position++;
            return true;
        }
        return false;
    }

    private static StatementShape unknown() {
        return StatementShape.unknown("not recognised: review by hand");
    }
}
