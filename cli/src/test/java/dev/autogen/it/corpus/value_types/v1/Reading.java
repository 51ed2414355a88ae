package dev.autogen.it.corpus.value_types.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Reading {
    @Id
    Long id;

    String name;

}
