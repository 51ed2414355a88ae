package dev.autogen.samples.library;

import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.samples.library.model.Author;
import dev.autogen.samples.library.model.AuthorRepository;
import dev.autogen.samples.library.model.Book;
import dev.autogen.samples.library.model.BookRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library app started on a fresh PostgreSQL database: the starter applies the migrations
 * before JPA validates the schema ({@code ddl-auto=validate} in {@code application.properties}),
 * the repositories work, and {@code /actuator/autogen} reports the applied revision.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LibraryApplicationTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
    }

    @Autowired
    BookRepository books;
    @Autowired
    AuthorRepository authors;
    @Autowired
    TransactionTemplate transactions;
    @LocalServerPort
    int port;

    @Test
    void theStarterMigratedTheFreshDatabaseBeforeJpaValidatedIt() throws SQLException {
        assertThat(db.column("SELECT revision FROM autogen_history")).containsExactly("20261202_045131");
        assertThat(db.exists("book_authors")).isTrue();
    }

    @Test
    void aBookWithItsAuthorsMakesTheRoundTrip() throws SQLException {
        Author ursula = authors.save(new Author("Ursula K. Le Guin", LocalDate.of(1929, 10, 21)));
        Book book = new Book("The Dispossessed", "978-0-06-051275-0", LocalDate.of(1974, 5, 1), 387);
        book.getAuthors().add(ursula);
        books.save(book);

        transactions.executeWithoutResult(status -> {
            Book found = books.findByIsbn("978-0-06-051275-0").orElseThrow();
            assertThat(found.getPublishedAt()).isEqualTo(LocalDate.of(1974, 5, 1));
            assertThat(found.getAuthors()).extracting(Author::getFullName).containsExactly("Ursula K. Le Guin");
        });
        assertThat(db.column("SELECT published_at FROM book")).containsExactly("1974-05-01");
        assertThat(db.column("SELECT count(*) FROM book_authors")).containsExactly("1");
    }

    @Test
    void theActuatorEndpointReportsTheAppliedRevision() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/autogen")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.get("heads").toString()).isEqualTo("[\"20261202_045131\"]");
        assertThat(json.get("current").toString()).isEqualTo("[\"20261202_045131\"]");
        assertThat(json.get("checksumsMatch").asBoolean()).isTrue();
        JsonNode revision = json.get("revisions").get(0);
        assertThat(revision.get("message").asString()).isEqualTo("create authors and books");
        assertThat(revision.get("state").asString()).isEqualTo("applied");
        assertThat(revision.get("checksum").asString()).isEqualTo("matches");
    }
}
