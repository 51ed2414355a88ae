package dev.autogen.it.corpus.unique_single.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "person")
public class Person {
    @Id
    Long id;

    String firstName;

    String lastName;

    String city;

    @Column(unique = true)
    String email;

    String handle;
}
