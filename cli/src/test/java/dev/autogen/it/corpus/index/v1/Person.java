package dev.autogen.it.corpus.index.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "person",
        indexes = {
            @Index(name = "ix_person_name", columnList = "lastName, firstName"),
            @Index(name = "ix_person_city", columnList = "city"),
            @Index(name = "ix_person_recent", columnList = "city, email")
        })
public class Person {
    @Id
    Long id;

    String firstName;

    String lastName;

    String city;

    String email;
}
