package dev.autogen.it.corpus.rename_hint.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Task {
    @Id
    Long id;

    String owner;

    @Column(nullable = false)
    String title;
}
