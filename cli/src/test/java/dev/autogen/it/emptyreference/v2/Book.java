package dev.autogen.it.emptyreference.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "book")
public class Book {
    @Id
    Long id;

    String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    Author author;
}
