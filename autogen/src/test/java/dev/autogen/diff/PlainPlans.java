package dev.autogen.diff;

import dev.autogen.schema.SchemaModel;

/**
 * Plans in the plain DDL ({@link DdlForm#PLAIN}), for the tests of what the diff finds and in which
 * order: they spell each change in the one form Hibernate would write. {@link LockSafeFormsTest}
 * covers the lock-safe forms of the same changes.
 */
final class PlainPlans {
    private PlainPlans() {
    }

    static MigrationPlan compare(SchemaModel target, SchemaModel current) {
        return compare(target, current, Renames.none());
    }

    static MigrationPlan compare(SchemaModel target, SchemaModel current, Renames renames) {
        return SchemaDiff.compare(target, current, renames, DdlForm.PLAIN);
    }
}
