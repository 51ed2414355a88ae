package dev.autogen.runtime.ops;

/** Runs hand-written SQL. {@code reverseSql}, when given, undoes it. */
public record ExecuteSql(String sql, String reverseSql) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (reverseSql == null) {
            throw Irreversible.because(describe(), "an undo statement");
        }
        return new ExecuteSql(reverseSql, sql);
    }

    @Override
    public String describe() {
        return "execute " + firstLine();
    }

    @Override
    public String table() {
        return null;
    }

    private String firstLine() {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
