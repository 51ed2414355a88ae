package dev.autogen.it.todo.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.util.UUID;

@Entity
public class Tag {
    @Id
    @GeneratedValue
    UUID id;

    @Column(nullable = false, unique = true)
    String label;
}
