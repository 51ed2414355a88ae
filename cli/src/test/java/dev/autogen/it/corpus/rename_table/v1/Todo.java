package dev.autogen.it.corpus.rename_table.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Todo {
    @Id
    @GeneratedValue
    Long id;

    @Column(unique = true)
    String title;
}
