package dev.autogen.it.corpus.foreign_key_cycle.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Office {
    @Id
    Long id;

    String name;

}
