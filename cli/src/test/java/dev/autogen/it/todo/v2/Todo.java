package dev.autogen.it.todo.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
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

    String notes;

    boolean completed;

    int priority;

    @Column(nullable = false, length = 80)
    String owner;

    LocalDate dueAt;

    @ManyToMany
    Set<Tag> tags;
}
