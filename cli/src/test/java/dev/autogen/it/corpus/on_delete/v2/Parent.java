package dev.autogen.it.corpus.on_delete.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Parent {
    @Id
    Long id;

    String name;

}
