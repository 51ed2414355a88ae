package dev.autogen.dialect.postgres;

import java.util.Map;
import java.util.Objects;

/**
 * Compares column defaults across spellings: Hibernate's {@code 'x'} and the catalog's
 * {@code 'x'::character varying}, {@code -1} and {@code '-1'::integer}, {@code nextval('s')} and
 * {@code nextval('s'::regclass)}, and the synonyms {@code now()}, {@code CURRENT_TIMESTAMP} and
 * {@code transaction_timestamp()}.
 */
final class DefaultExpressions {
    private static final Map<String, String> SYNONYMS = Map.of(
            "now", "current_timestamp",
            "transaction_timestamp", "current_timestamp");

    private DefaultExpressions() {
    }

    /**
     * Whether two defaults, either of which may be {@code null} for none, are the same. Defaults whose
     * normalized forms differ are taken as the same when either uses a construct whose spelling the
     * normalization does not cover, to avoid false positives.
     */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (Objects.equals(canonical(a), canonical(b))) {
            return true;
        }
        return !(SqlExpressions.normalize(a).understood() && SqlExpressions.normalize(b).understood());
    }

    private static String canonical(String expression) {
        String text = SqlExpressions.normalize(expression).text();
        for (Map.Entry<String, String> synonym : SYNONYMS.entrySet()) {
            text = text.replaceAll("(^| )" + synonym.getKey() + "( |$)", "$1" + synonym.getValue() + "$2");
        }
        return text;
    }
}
