package dev.autogen.it.corpus.not_null_added.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "note")
public class Note {
    @Id
    Long id;

    String body;

    String owner;

    Integer rank;
}
