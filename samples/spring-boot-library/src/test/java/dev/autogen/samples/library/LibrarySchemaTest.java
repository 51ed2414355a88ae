package dev.autogen.samples.library;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed migrations build exactly the schema that Spring Boot's own Hibernate creates for
 * the same entities ({@code ddl-auto=create} with autogen turned off): Spring's naming, the join
 * table and the constraints Hibernate Validator adds to the DDL included.
 */
@Tag("postgres")
class LibrarySchemaTest {
    @RegisterExtension
    static final TestDatabase migrated = TestDatabase.perClass();
    @RegisterExtension
    static final TestDatabase createdByHibernate = TestDatabase.perClass();

    @Test
    void theMigrationsBuildTheSchemaSpringBootsHibernateCreates() throws SQLException {
        start(migrated);
        start(createdByHibernate, "--autogen.enabled=false", "--spring.jpa.hibernate.ddl-auto=create");

        List<String> expected = CatalogSnapshot.of(createdByHibernate);
        assertThat(expected).contains("book.published_at date", "book_authors.authors_id bigint not null");
        assertThat(CatalogSnapshot.of(migrated)).containsExactlyElementsOf(expected);
    }

    private static void start(TestDatabase database, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user()));
        all.addAll(List.of(arguments));
        new SpringApplicationBuilder(LibraryApplication.class).web(WebApplicationType.NONE)
                .run(all.toArray(String[]::new)).close();
    }
}
