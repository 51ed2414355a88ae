package dev.autogen.runtime.dialect;

import java.util.List;
import java.util.Optional;

/**
 * Scripts for psql: run with {@code ON_ERROR_STOP}, {@code standard_conforming_strings} on, transactions
 * as {@code BEGIN … COMMIT}, and stored texts as escape strings where they hold a backslash or a hidden
 * character ({@link PostgresIdentifiers#visibleLiteral}).
 */
final class PostgresScriptFormat implements ScriptFormat {
    @Override
    public Optional<String> howToRun() {
        return Optional.of("psql -v ON_ERROR_STOP=1 -f <this file>");
    }

    @Override
    public String runner() {
        return "psql";
    }

    @Override
    public List<String> setup() {
        return List.of("SET standard_conforming_strings = on");
    }

    @Override
    public String begin() {
        return "BEGIN";
    }

    @Override
    public String outsideTransaction() {
        return "outside a transaction block, where a CONCURRENTLY statement must run; a failed CREATE INDEX"
                + " CONCURRENTLY leaves an INVALID index to drop (DROP INDEX CONCURRENTLY) before running it again.";
    }

    @Override
    public String literal(String text) {
        return PostgresIdentifiers.visibleLiteral(text);
    }
}
