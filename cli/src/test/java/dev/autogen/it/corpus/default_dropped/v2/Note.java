package dev.autogen.it.corpus.default_dropped.v2;

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

    Instant createdAt;

    Boolean active;

    @ColumnDefault("-1")
    Integer score;
}
