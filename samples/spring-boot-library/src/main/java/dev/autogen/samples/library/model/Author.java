package dev.autogen.samples.library.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An author of books. */
@Entity
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 120)
    private String fullName;

    private LocalDate bornOn;

    /** For JPA. */
    protected Author() {
    }

    /** An author with a name and a birth date, which may be unknown ({@code null}). */
    public Author(String fullName, LocalDate bornOn) {
        this.fullName = fullName;
        this.bornOn = bornOn;
    }

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The name. */
    public String getFullName() {
        return fullName;
    }

    /** The birth date, or {@code null}. */
    public LocalDate getBornOn() {
        return bornOn;
    }
}
