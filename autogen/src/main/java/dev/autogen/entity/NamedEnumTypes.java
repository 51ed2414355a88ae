package dev.autogen.entity;

import dev.autogen.runtime.ops.EnumTypeDef;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The native enum types Hibernate exports for its PostgreSQL enum mappings ({@code @JdbcTypeCode(NAMED_ENUM)},
 * {@code NAMED_ORDINAL_ENUM}, {@code @JdbcType(PostgreSQLEnumJdbcType.class)}), read from the auxiliary objects
 * of its metadata, whose SQL it runs before the tables: {@code create type Status as enum ('A','B')} and the
 * implicit casts {@code create cast (varchar as Status) with inout as implicit} and back. The type is named
 * after the enum's simple name, unqualified, so it lives in the session's current schema; its labels are
 * sorted by name for {@code NAMED_ENUM} and in declaration order for the ordinal mappings, as Hibernate
 * writes them. Auxiliary objects of another shape are not enum types and are not read.
 */
final class NamedEnumTypes {
    private static final Pattern CREATE_TYPE = Pattern.compile("(?is)^\\s*create\\s+type\\s+(\\S+)\\s+as\\s+enum\\s*\\((.*)\\)\\s*$");
    private static final Pattern CAST = Pattern.compile(
            "(?is)^\\s*create\\s+cast\\s*\\(\\s*(\\S+)\\s+as\\s+(\\S+)\\s*\\)\\s+with\\s+inout\\s+as\\s+implicit\\s*$");
    private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'");

    private NamedEnumTypes() {
    }

    /** The enum types of the metadata, in the order Hibernate holds them. */
    static List<EnumTypeDef> of(Metadata metadata) {
        Database database = metadata.getDatabase();
        SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromExplicit(database.getJdbcEnvironment(),
                database, null, null);
        Map<String, EnumTypeDef> types = new LinkedHashMap<>();
        Set<String> castsFrom = new HashSet<>();
        Set<String> castsTo = new HashSet<>();
        for (AuxiliaryDatabaseObject object : database.getAuxiliaryDatabaseObjects()) {
            if (!object.appliesToDialect(database.getDialect())) {
                continue;
            }
            for (String sql : object.sqlCreateStrings(context)) {
                Matcher type = CREATE_TYPE.matcher(sql);
                Matcher cast = CAST.matcher(sql);
                if (type.matches()) {
                    String name = StoredNames.ofText(type.group(1), "enum type name " + type.group(1));
                    types.put(name, new EnumTypeDef(name, labels(type.group(2))));
                } else if (cast.matches() && isVarchar(cast.group(1))) {
                    castsTo.add(StoredNames.ofText(cast.group(2), "enum type name " + cast.group(2)));
                } else if (cast.matches() && isVarchar(cast.group(2))) {
                    castsFrom.add(StoredNames.ofText(cast.group(1), "enum type name " + cast.group(1)));
                }
            }
        }
        List<EnumTypeDef> result = new ArrayList<>();
        types.forEach((name, type) -> result.add(castsTo.contains(name) && castsFrom.contains(name)
                ? type.withVarcharCasts() : type));
        return result;
    }

    private static boolean isVarchar(String type) {
        return type.equalsIgnoreCase("varchar");
    }

    private static List<String> labels(String list) {
        List<String> labels = new ArrayList<>();
        Matcher label = LABEL.matcher(list);
        while (label.find()) {
            labels.add(label.group(1).replace("''", "'"));
        }
        return labels;
    }
}
