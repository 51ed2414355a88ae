package dev.autogen.it.corpus.default_dropped.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.time.Instant;

@Entity
@Table(name = "note")
public class Note {
    @Id
    Long id;

    String body;

    @ColumnDefault("CURRENT_TIMESTAMP")
    Instant createdAt;

    @ColumnDefault("true")
    Boolean active;

    @ColumnDefault("-1")
    Integer score;
}
