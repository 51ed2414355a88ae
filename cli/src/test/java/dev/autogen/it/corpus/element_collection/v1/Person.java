package dev.autogen.it.corpus.element_collection.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Person {
    @Id
    Long id;

    String name;

}
