package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Gives a view a new query. It is applied as a drop and a create, because PostgreSQL's
 * {@code CREATE OR REPLACE VIEW} refuses any change other than appending columns; views that read
 * this one must be dropped before and created after it.
 *
 * @param view     the new definition
 * @param previous the definition it replaces, so that the change can be reversed
 */
public record ReplaceView(ViewDef view, ViewDef previous) implements MigrationOperation {
    /** Checks that both definitions name the same view. */
    public ReplaceView {
        Objects.requireNonNull(view, "view");
        if (previous != null && !previous.name().equals(view.name())) {
            throw new IllegalArgumentException("replace view " + view.name() + " with the definition of " + previous.name());
        }
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the view's previous query");
        }
        return new ReplaceView(previous, view);
    }

    @Override
    public String describe() {
        return "replace view " + view.name();
    }

    @Override
    public String table() {
        return null;
    }
}
