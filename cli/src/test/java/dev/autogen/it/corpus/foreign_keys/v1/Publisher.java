package dev.autogen.it.corpus.foreign_keys.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Publisher {
    @Id
    Long id;

    String name;

}
