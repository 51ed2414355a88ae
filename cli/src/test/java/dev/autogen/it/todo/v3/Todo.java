package dev.autogen.it.todo.v3;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

@Entity
@Table(name = "todos", indexes = @Index(name = "idx_todos_owner", columnList = "owner, dueAt"))
public class Todo {
    public enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    long id;

    @Column(nullable = false)
    String title;

    @Enumerated(EnumType.STRING)
    Status status;

    @ManyToOne(optional = false)
    TodoList list;

    Instant createdAt;

    BigDecimal estimate;

    boolean completed;

    @Column(nullable = false, length = 80)
    String owner;

    LocalDate dueAt;

    @ElementCollection
    @CollectionTable(name = "todo_labels")
    Set<String> labels;
}
