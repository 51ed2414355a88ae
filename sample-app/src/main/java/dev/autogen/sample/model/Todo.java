package dev.autogen.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One thing to do, on a list. */
@Entity
@Table(name = "todo", indexes = @Index(name = "idx_todo_list_status", columnList = "list_id, status"))
public class Todo {
    /** Where a to-do stands. */
    public enum Status { OPEN, IN_PROGRESS, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @ManyToOne(optional = false)
    private TodoList list;

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    private LocalDate dueDate;

    private int priority;

    protected Todo() {
    }

    /** A new open to-do on a list. */
    public Todo(TodoList list, String title) {
        this.list = list;
        this.title = title;
    }

    /** The generated id. */
    public Long getId() {
        return id;
    }

    /** What to do. */
    public String getTitle() {
        return title;
    }

    /** Where it stands. */
    public Status getStatus() {
        return status;
    }

    /** Moves it to another status. */
    public void setStatus(Status status) {
        this.status = status;
    }

    /** When it is due, or {@code null}. */
    public LocalDate getDueDate() {
        return dueDate;
    }

    /** Sets when it is due. */
    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** Its priority; higher comes first. */
    public int getPriority() {
        return priority;
    }

    /** Sets its priority. */
    public void setPriority(int priority) {
        this.priority = priority;
    }

    /** The list it is on. */
    public TodoList getList() {
        return list;
    }
}
