package dev.autogen.it.corpus.many_to_many.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import java.util.Set;

@Entity
public class Student {
    @Id
    Long id;

    String name;

    @ManyToMany
    Set<Course> courses;
}
