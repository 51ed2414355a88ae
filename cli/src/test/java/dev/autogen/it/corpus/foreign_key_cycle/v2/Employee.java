package dev.autogen.it.corpus.foreign_key_cycle.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Employee {
    @Id
    Long id;

    String name;

    @ManyToOne
    Department department;
}
