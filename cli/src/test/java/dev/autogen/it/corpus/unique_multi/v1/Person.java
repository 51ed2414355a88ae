package dev.autogen.it.corpus.unique_multi.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(name = "person",
        uniqueConstraints = @UniqueConstraint(columnNames = {"firstName", "lastName"}))
public class Person {
    @Id
    Long id;

    String firstName;

    String lastName;

    String city;

    String email;
}
