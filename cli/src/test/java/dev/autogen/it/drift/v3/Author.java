package dev.autogen.it.drift.v3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Author {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 120)
    String name;
}
