package dev.autogen.samples.library.model;

import org.springframework.data.jpa.repository.JpaRepository;

/** The authors. */
public interface AuthorRepository extends JpaRepository<Author, Long> {
}
