package dev.autogen.diff;

import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableFilter;
import dev.autogen.schema.ViewDependencies;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.autogen.diff.Scenarios.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views only the database has are left alone unless a migration created them; filters apply to views by name. */
class UnmanagedViewTest {
    private static final ViewDef HANDMADE = new ViewDef("handmade", "SELECT todo.id FROM todo");
    private static final ViewDef MANAGED = new ViewDef("managed", "SELECT list.id FROM list");

    @Test
    void aViewNoEntityMapsIsUnmanagedUnlessAMigrationCreatedIt() {
        SchemaModel current = base().withViews(List.of(HANDMADE, MANAGED));
        List<UnmanagedView> unmanaged = UnmanagedView.of(base(), current, "managed"::equals);

        assertEquals(List.of(new UnmanagedView(HANDMADE)), unmanaged);
        assertTrue(unmanaged.get(0).describe().startsWith("view handmade is left alone, unmanaged: no entity maps it"));
        assertEquals(Set.of("managed"), UnmanagedView.without(current, unmanaged).views().keySet());
    }

    @Test
    void aViewAnUpgradeRestoresAfterDroppingItIsNotCreatedByIt() {
        ViewDef other = new ViewDef("other", "SELECT 1");
        assertEquals(Set.of("managed", "other"), UnmanagedView.createdBy(List.of(new DropView("handmade", HANDMADE, true),
                new CreateView(MANAGED), new CreateView(HANDMADE), new ReplaceView(other, other))));
    }

    @Test
    void tableFiltersApplyToViewsByName() {
        SchemaModel model = base().withViews(List.of(HANDMADE, MANAGED)).withViewDependencies(ViewDependencies.of(
                List.of(new ViewDependencies.Edge("handmade", "todo", "id"))));
        SchemaModel filtered = TableFilter.of(List.of(), List.of("hand*")).apply(model);

        assertEquals(Set.of("managed"), filtered.views().keySet());
        assertTrue(filtered.viewDependencies().edges().isEmpty());
        assertEquals(model.tables().keySet(), filtered.tables().keySet());
    }
}
