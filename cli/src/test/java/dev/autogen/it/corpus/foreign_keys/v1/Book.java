package dev.autogen.it.corpus.foreign_keys.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Book {
    @Id
    Long id;

    String name;

    @ManyToOne
    Author author;
}
