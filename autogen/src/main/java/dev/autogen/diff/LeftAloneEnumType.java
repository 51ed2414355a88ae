package dev.autogen.diff;

import dev.autogen.schema.EnumTypeUser;
import dev.autogen.schema.SchemaModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A native enum type that the entities no longer use but that is also used outside what autogen compares:
 * by a table the table filter leaves out or in a schema not read, a view no entity maps, a domain, a
 * composite type, a function, or another object. autogen cannot model those users, so it does not drop the
 * type (see {@link EnumTypeChanges}); {@code revision} and {@code check} report it.
 *
 * @param type  the type's name
 * @param users the objects outside the comparison that use it, in the catalog's order
 */
public record LeftAloneEnumType(String type, List<EnumTypeUser> users) {
    /** Validates the record and copies the users. */
    public LeftAloneEnumType {
        Objects.requireNonNull(type, "type");
        users = List.copyOf(users);
    }

    /**
     * The enum types of the database whose drop the plan withholds because objects outside the comparison use
     * them, its column types compared by PostgreSQL's rules.
     *
     * @param target  the entity model, filtered as compared
     * @param current the database, filtered as compared, with its enum types' users
     */
    public static List<LeftAloneEnumType> of(SchemaModel target, SchemaModel current) {
        return of(target, current, ComparisonRules.postgres());
    }

    /**
     * The enum types of the database whose drop the plan withholds because objects outside the comparison use
     * them, its column types compared by the given rules.
     *
     * @param target  the entity model, filtered as compared
     * @param current the database, filtered as compared, with its enum types' users
     * @param rules   how the database compares types
     */
    public static List<LeftAloneEnumType> of(SchemaModel target, SchemaModel current, ComparisonRules rules) {
        List<LeftAloneEnumType> found = new ArrayList<>();
        current.enumTypes().keySet().forEach(name -> {
            List<EnumTypeUser> outside = outsideUsers(target, current, name);
            if (!outside.isEmpty() && EnumTypeChanges.noLongerUsed(rules, target, current.tables(), name)) {
                found.add(new LeftAloneEnumType(name, outside));
            }
        });
        return found;
    }

    /**
     * The objects of the database that use the type and that the comparison does not cover: all but the
     * tables compared (their columns and what belongs to them) and the views an entity maps.
     */
    static List<EnumTypeUser> outsideUsers(SchemaModel target, SchemaModel current, String typeName) {
        return current.enumTypeUsers(typeName).stream().filter(user -> !compared(target, current, user)).toList();
    }

    private static boolean compared(SchemaModel target, SchemaModel current, EnumTypeUser user) {
        return switch (user.kind()) {
            case TABLE -> current.tables().containsKey(user.name());
            case VIEW -> target.views().containsKey(user.name());
            default -> false;
        };
    }

    /** The users as a note lists them. */
    static String list(List<EnumTypeUser> users) {
        return users.stream().map(EnumTypeUser::describe).collect(Collectors.joining(", "));
    }

    /** The line {@code revision} and {@code check} print for it. */
    public String describe() {
        return "enum type " + type + " is left alone: also used by " + list(users)
                + ", which autogen does not compare; the entities no longer use it, so drop it by hand once nothing does";
    }
}
