package dev.autogen.database;

import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.ViewDependencies;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Collects the rows of {@link CatalogQueries#VIEWS}: each view with the definition the server
 * deparses, and what it reads, named as the model names tables.
 */
final class ViewReader {
    private final BinaryOperator<String> qualify;
    private final List<ViewDef> views = new ArrayList<>();
    private final List<ViewDependencies.Edge> edges = new ArrayList<>();

    /** A reader that names an object of a schema with {@code qualify(schema, name)}. */
    ViewReader(BinaryOperator<String> qualify) {
        this.qualify = qualify;
    }

    void add(ResultSet row) throws SQLException {
        String name = qualify.apply(row.getString(1), row.getString(2));
        views.add(new ViewDef(name, row.getString(3)));
        Object[] schemas = values(row.getArray(4));
        Object[] relations = values(row.getArray(5));
        Object[] columns = values(row.getArray(6));
        for (int i = 0; i < relations.length; i++) {
            edges.add(new ViewDependencies.Edge(name, qualify.apply((String) schemas[i], (String) relations[i]),
                    i < columns.length ? (String) columns[i] : null));
        }
    }

    /** The model with the views read and what they read. */
    SchemaModel addTo(SchemaModel model) {
        return model.withViews(views).withViewDependencies(ViewDependencies.of(edges));
    }

    private static Object[] values(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
