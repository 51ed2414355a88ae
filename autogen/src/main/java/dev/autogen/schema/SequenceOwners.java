package dev.autogen.schema;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.ColumnDef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tables a sequence belongs to, for a {@link TableFilter}: those whose column defaults draw on
 * it ({@code nextval('invoice_numbers')}) and the one it is named after ({@code invoice_seq},
 * {@code invoice_id_seq}, in the table's schema). Built in one pass over the tables' columns, then
 * asked per sequence in time proportional to its name's length.
 */
final class SequenceOwners {
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'", Pattern.CASE_INSENSITIVE);
    private static final String SUFFIX = "_seq";

    /** By the bare lower-case name of the sequence a default draws on, whether a kept / left-out table draws. */
    private final Map<String, Boolean> drawnByKept = new HashMap<>();
    private final Set<String> drawnByLeftOut = new HashSet<>();
    /** By schema and lower-case table name, whether the table is kept. */
    private final Map<String, Boolean> tables = new HashMap<>();

    /** The owners over the model's tables, with {@code kept} saying which of them the filter keeps. */
    SequenceOwners(SchemaModel model, Set<String> kept) {
        model.tables().forEach((name, table) -> {
            boolean isKept = kept.contains(name);
            tables.put(key(PostgresIdentifiers.schemaOf(name), PostgresIdentifiers.nameOf(name)), isKept);
            for (ColumnDef column : table.columns()) {
                String drawn = drawnOn(column.defaultValue());
                if (drawn != null && isKept) {
                    drawnByKept.put(drawn, true);
                } else if (drawn != null) {
                    drawnByLeftOut.add(drawn);
                }
            }
        });
    }

    /** Whether the filter keeps the sequence: a kept table owns it, or no left-out table does. */
    boolean keeps(String sequence) {
        String bare = PostgresIdentifiers.nameOf(sequence).toLowerCase(Locale.ROOT);
        if (drawnByKept.containsKey(bare)) {
            return true;
        }
        boolean leftOutOwns = drawnByLeftOut.contains(bare);
        if (!bare.endsWith(SUFFIX)) {
            return !leftOutOwns;
        }
        String schema = PostgresIdentifiers.schemaOf(sequence);
        String base = bare.substring(0, bare.length() - SUFFIX.length());
        for (int end = base.length(); end > 0; end = base.lastIndexOf('_', end - 1)) {
            Boolean tableKept = tables.get(key(schema, base.substring(0, end)));
            if (Boolean.TRUE.equals(tableKept)) {
                return true;
            }
            leftOutOwns |= Boolean.FALSE.equals(tableKept);
        }
        return !leftOutOwns;
    }

    private static String drawnOn(String defaultValue) {
        if (defaultValue == null) {
            return null;
        }
        Matcher nextval = NEXTVAL.matcher(defaultValue);
        return nextval.find() ? PostgresIdentifiers.nameOf(nextval.group(1).replace("''", "'")).toLowerCase(Locale.ROOT)
                : null;
    }

    private static String key(String schema, String table) {
        return Objects.toString(schema, "") + "." + table.toLowerCase(Locale.ROOT);
    }
}
