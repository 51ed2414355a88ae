package dev.autogen.it.corpus.self_reference.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Category {
    @Id
    Long id;

    String name;

    @ManyToOne
    Category parent;
}
