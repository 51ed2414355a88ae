package dev.autogen.it.corpus.rename_column.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Task {
    @Id
    Long id;

    String owner;

    @Column(nullable = false)
    String headline;
}
