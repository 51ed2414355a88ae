package dev.autogen.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A named list of to-dos. */
@Entity
@Table(name = "todo_list")
public class TodoList {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @OneToMany(mappedBy = "list")
    private List<Todo> todos = new ArrayList<>();

    protected TodoList() {
    }

    /** A new list with the given name. */
    public TodoList(String name) {
        this.name = name;
    }

    /** The generated id. */
    public Long getId() {
        return id;
    }

    /** The list's name. */
    public String getName() {
        return name;
    }

    /** The to-dos on the list. */
    public List<Todo> getTodos() {
        return todos;
    }
}
