package dev.autogen.it.corpus.element_collection.v2;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.util.Set;

@Entity
public class Person {
    @Id
    Long id;

    String name;

    @ElementCollection
    Set<String> nicknames;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    Set<Role> roles;
}
