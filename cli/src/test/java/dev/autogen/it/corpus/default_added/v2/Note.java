package dev.autogen.it.corpus.default_added.v2;

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

    @ColumnDefault("'draft'")
    String state;

    @ColumnDefault("10")
    int points;
}
