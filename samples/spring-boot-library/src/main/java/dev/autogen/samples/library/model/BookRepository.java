package dev.autogen.samples.library.model;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** The books. */
public interface BookRepository extends JpaRepository<Book, Long> {
    /** The book with this ISBN. */
    Optional<Book> findByIsbn(String isbn);
}
