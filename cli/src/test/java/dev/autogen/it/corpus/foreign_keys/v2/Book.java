package dev.autogen.it.corpus.foreign_keys.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Book {
    @Id
    Long id;

    String name;

    @ManyToOne
    Publisher publisher;
}
