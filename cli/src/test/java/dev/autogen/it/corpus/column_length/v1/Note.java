package dev.autogen.it.corpus.column_length.v1;

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

    @Column(length = 80)
    String title;
}
