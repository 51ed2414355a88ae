package dev.autogen.runtime;

/**
 * A schema migration: a class annotated with {@link Revision} whose {@link #upgrade} moves the
 * schema forward by one revision and whose {@link #downgrade} undoes exactly that.
 *
 * <p>Both methods only describe the work by calling {@link Operations}; the runtime turns the
 * recorded operations into SQL and runs them in one transaction per migration, or statement by
 * statement when {@link Revision#transactional()} is {@code false}.
 */
public interface Migration {
    /** Describes the changes that move the schema from the parent revisions to this one. */
    void upgrade(Operations op);

    /** Describes the changes that move the schema from this revision back to its parents. */
    void downgrade(Operations op);
}
