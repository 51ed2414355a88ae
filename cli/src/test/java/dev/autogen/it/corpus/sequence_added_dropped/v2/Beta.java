package dev.autogen.it.corpus.sequence_added_dropped.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Beta {
    @Id
    @GeneratedValue
    Long id;

    String name;
}
