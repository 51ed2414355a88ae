package dev.autogen.it.corpus.sequence_added_dropped.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Alpha {
    @Id
    Long id;

    String name;
}
