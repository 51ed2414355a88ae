package dev.autogen.it.corpus.not_null_dropped.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "note")
public class Note {
    @Id
    Long id;

    String body;

    @Column(nullable = false)
    String title;
}
