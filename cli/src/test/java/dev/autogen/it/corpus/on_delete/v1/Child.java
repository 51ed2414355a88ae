package dev.autogen.it.corpus.on_delete.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Child {
    @Id
    Long id;

    String name;

    @ManyToOne
    Parent parent;
}
