package dev.autogen.it.drift.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Book {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    String title;

    @ManyToOne(optional = false)
    Author author;
}
