package dev.autogen.it.corpus.column_precision.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "note")
public class Note {
    @Id
    Long id;

    String body;

    @Column(precision = 10, scale = 2)
    BigDecimal price;
}
