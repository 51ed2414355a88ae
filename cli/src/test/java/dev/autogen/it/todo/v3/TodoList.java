package dev.autogen.it.todo.v3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class TodoList {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 120)
    String name;

    @Version
    long version;
}
