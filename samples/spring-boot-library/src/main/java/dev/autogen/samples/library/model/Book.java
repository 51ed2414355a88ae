package dev.autogen.samples.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A book and its authors. */
@Entity
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @Size(max = 17)
    @Column(unique = true)
    private String isbn;

    private LocalDate publishedAt;

    @PositiveOrZero
    private int pageCount;

    @NotNull
    private Instant addedAt;

    @ManyToMany
    private Set<Author> authors = new LinkedHashSet<>();

    /** For JPA. */
    protected Book() {
    }

    /** A book added now. */
    public Book(String title, String isbn, LocalDate publishedAt, int pageCount) {
        this.title = title;
        this.isbn = isbn;
        this.publishedAt = publishedAt;
        this.pageCount = pageCount;
        this.addedAt = Instant.now();
    }

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** The ISBN. */
    public String getIsbn() {
        return isbn;
    }

    /** The publication date, or {@code null}. */
    public LocalDate getPublishedAt() {
        return publishedAt;
    }

    /** The number of pages. */
    public int getPageCount() {
        return pageCount;
    }

    /** When the book was added to the library. */
    public Instant getAddedAt() {
        return addedAt;
    }

    /** The authors. */
    public Set<Author> getAuthors() {
        return authors;
    }
}
