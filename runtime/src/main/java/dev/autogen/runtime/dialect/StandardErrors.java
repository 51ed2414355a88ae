package dev.autogen.runtime.dialect;

import java.sql.SQLException;

/** {@link ErrorClassifier#standard()}: the SQL standard's SQLSTATE classes, nothing vendor-specific. */
final class StandardErrors implements ErrorClassifier {
    static final StandardErrors INSTANCE = new StandardErrors();

    private StandardErrors() {
    }

    @Override
    public Kind classify(SQLException error) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        if (state.startsWith("08")) {
            return Kind.CONNECTION_FAILURE;
        }
        if (state.startsWith("28")) {
            return Kind.AUTHENTICATION_FAILED;
        }
        return switch (state) {
            case "40001" -> Kind.SERIALIZATION_FAILURE;
            case "22001" -> Kind.VALUE_TOO_LONG;
            case "25006" -> Kind.READ_ONLY;
            default -> Kind.OTHER;
        };
    }
}
