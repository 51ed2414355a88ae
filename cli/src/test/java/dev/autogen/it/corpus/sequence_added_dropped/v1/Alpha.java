package dev.autogen.it.corpus.sequence_added_dropped.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Alpha {
    @Id
    @GeneratedValue
    Long id;

    String name;
}
