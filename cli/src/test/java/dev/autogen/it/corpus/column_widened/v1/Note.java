package dev.autogen.it.corpus.column_widened.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "note")
public class Note {
    @Id
    Long id;

    String body;

    int count;

    float ratio;
}
