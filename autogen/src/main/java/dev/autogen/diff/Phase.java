package dev.autogen.diff;

/**
 * The order in which a plan's operations run: everything that drops comes before everything that
 * creates, foreign keys are dropped first and added last, so no operation depends on a later one.
 */
enum Phase {
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    DROP_COLUMNS,
    DROP_TABLES,
    DROP_SEQUENCES,
    CREATE_SEQUENCES,
    CREATE_TABLES,
    ADD_COLUMNS,
    ADD_CONSTRAINTS,
    ADD_FOREIGN_KEYS
}
