package dev.autogen.diff;

/**
 * The order in which a plan's operations run, chosen so that no operation depends on a later one
 * and the reversed plan works too: schemas are created first and dropped last; renames come before
 * everything that uses the new names; constraints are dropped before their columns and tables, and
 * added after them; foreign keys are dropped first and added last, after every table they join; native
 * enum types are created and changed after the drops and before the tables and columns that use them, and
 * dropped once no column uses them. Views are dropped before any table changes and created after all of
 * them (see {@link ViewChanges}).
 */
enum Phase {
    CREATE_SCHEMAS,
    DROP_VIEWS,
    RENAME_TABLES,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    RENAME_CONSTRAINTS,
    DROP_COLUMNS,
    DROP_TABLES,
    DROP_SEQUENCES,
    ENUM_TYPES,
    CREATE_SEQUENCES,
    CREATE_TABLES,
    ADD_COLUMNS,
    ALTER_COLUMNS,
    ADD_CONSTRAINTS,
    ADD_FOREIGN_KEYS,
    DROP_ENUM_TYPES,
    CREATE_VIEWS,
    DROP_SCHEMAS
}
