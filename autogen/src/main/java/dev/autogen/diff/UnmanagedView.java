package dev.autogen.diff;

import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A view of the database that no entity maps and no migration created: written by hand, so autogen
 * leaves it alone, unmanaged. It is neither dropped nor replaced, and {@code revision} and
 * {@code check} report it. Only when the plan must change a column it reads is it dropped and
 * created again exactly as the server defines it, or, when what it reads is dropped, dropped with a
 * review note and restored by the downgrade (see {@link SchemaDiff}). A view that a migration
 * created and no entity maps any more is managed: the plan drops it.
 *
 * @param view the view, with the server's definition
 */
public record UnmanagedView(ViewDef view) {
    /**
     * The views of the database that are left alone, by name.
     *
     * @param target  the entity model
     * @param current the database
     * @param created whether a migration created the view of this name (in its upgrade)
     */
    public static List<UnmanagedView> of(SchemaModel target, SchemaModel current, Predicate<String> created) {
        List<UnmanagedView> found = new ArrayList<>();
        current.views().forEach((name, view) -> {
            if (!target.views().containsKey(name) && !created.test(name)) {
                found.add(new UnmanagedView(view));
            }
        });
        return found;
    }

    /**
     * The views that an upgrade creates or replaces, leaving out one it creates again after dropping
     * it (a view made by hand, restored around a change to what it reads).
     */
    public static Set<String> createdBy(List<MigrationOperation> upgrade) {
        Set<String> dropped = new HashSet<>();
        Set<String> created = new TreeSet<>();
        for (MigrationOperation operation : upgrade) {
            if (operation instanceof DropView drop) {
                dropped.add(drop.name());
            } else if (operation instanceof CreateView create && !dropped.contains(create.view().name())) {
                created.add(create.view().name());
            } else if (operation instanceof ReplaceView replace) {
                created.add(replace.view().name());
            }
        }
        return created;
    }

    /** The names of the given views. */
    public static Set<String> names(List<UnmanagedView> views) {
        Set<String> names = new TreeSet<>();
        views.forEach(v -> names.add(v.view().name()));
        return names;
    }

    /**
     * The model without the given views: for comparing the database with what its migrations make,
     * where a view left alone is no drift either.
     */
    public static SchemaModel without(SchemaModel model, List<UnmanagedView> views) {
        if (views.isEmpty()) {
            return model;
        }
        Set<String> names = names(views);
        Map<String, ViewDef> kept = new TreeMap<>(model.views());
        kept.keySet().removeAll(names);
        return new SchemaModel(model.tables(), model.sequences(), model.schemas(), kept, model.enumTypes(),
                model.viewDependencies().ofViews(v -> !names.contains(v)), model.enumTypeUsers());
    }

    /** The line {@code revision} and {@code check} print for it. */
    public String describe() {
        return "view " + view.name() + " is left alone, unmanaged: no entity maps it and no migration created it"
                + " (to drop it on purpose, write op.dropView(\"" + view.name() + "\", previousQuery) in a migration)";
    }
}
