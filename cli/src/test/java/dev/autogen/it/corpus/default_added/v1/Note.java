package dev.autogen.it.corpus.default_added.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "note")
public class Note {
    @Id
    Long id;

    String body;

    String state;

    @ColumnDefault("0")
    int points;
}
