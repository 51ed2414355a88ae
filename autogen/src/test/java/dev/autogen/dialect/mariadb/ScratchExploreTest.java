package dev.autogen.dialect.mariadb;

import dev.autogen.runtime.testing.MariaDbTestDatabase;
import dev.autogen.testing.HibernateDdl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class ScratchExploreTest {
    @Test
    void explore() throws Exception {
        for (String pkg : List.of("dev.autogen.fixtures.mariadb", "dev.autogen.fixtures.shop", "dev.autogen.fixtures.kitchen")) {
        List<String> ddl = HibernateDdl.creationCommands(pkg,
                Map.of("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect"));
        ddl.forEach(s -> System.out.println("DDL " + s));
        try (MariaDbTestDatabase db = MariaDbTestDatabase.create()) {
            try { db.execute(ddl); } catch (Exception e) { System.out.println("FAIL " + e); continue; }
            String n = db.name();
            dump(db, "select table_name, table_type, table_comment, create_options from information_schema.tables where table_schema='" + n + "'");
            dump(db, "select table_name, column_name, column_type, data_type, is_nullable, column_default, extra, column_comment, character_maximum_length, numeric_precision, numeric_scale, datetime_precision from information_schema.columns where table_schema='" + n + "' order by table_name, ordinal_position");
            dump(db, "select table_name, index_name, non_unique, seq_in_index, column_name, collation, sub_part, index_type from information_schema.statistics where table_schema='" + n + "' order by table_name, index_name, seq_in_index");
            dump(db, "select table_name, constraint_name, constraint_type from information_schema.table_constraints where constraint_schema='" + n + "'");
            dump(db, "select table_name, constraint_name, level, check_clause from information_schema.check_constraints where constraint_schema='" + n + "'");
            dump(db, "select * from information_schema.referential_constraints where constraint_schema='" + n + "'");
            dump(db, "select table_name, constraint_name, column_name, ordinal_position, referenced_table_name, referenced_column_name from information_schema.key_column_usage where constraint_schema='" + n + "'");
        }
        }
    }

    private static void dump(MariaDbTestDatabase db, String sql) throws Exception {
        System.out.println("== " + sql);
        db.query(sql).forEach(r -> System.out.println("  " + r));
    }
}
